export * from './model';
export { analyze } from './analyze';

export { FlowBoardPage } from './FlowBoardPage';

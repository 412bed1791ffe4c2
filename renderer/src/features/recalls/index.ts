export { RecallFields } from './RecallFields';
export { RecallsPage } from './RecallsPage';
export { newRecallDraft, type RecallDraft, recallInput, recallProblem } from './recall-form';
export { useSetRecall } from './use-recalls';

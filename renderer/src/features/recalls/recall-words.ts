import type { RecallDto } from '../../../../electron/contract';

/** How far a recall is from its due date, in words: "12 days overdue", "Due today", "Due in 5 days". */
export const dueWords = (recall: Pick<RecallDto, 'daysOverdue'>): string => {
  const days = recall.daysOverdue;
  if (days === 0) return 'Due today';
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'} overdue`;
  return `Due in ${-days} ${days === -1 ? 'day' : 'days'}`;
};

/** The phones worth calling, labelled, mobile first. */
export const phoneLines = (recall: Pick<RecallDto, 'phones'>): string[] =>
  [
    recall.phones.mobile && `Mobile ${recall.phones.mobile}`,
    recall.phones.home && `Home ${recall.phones.home}`,
    recall.phones.work && `Work ${recall.phones.work}`,
  ].filter((line): line is string => Boolean(line));

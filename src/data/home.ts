// What the home page shows from other lists: the first services, the next siren test, the open
// consultations and the latest notices and news. The one place that names these lists for it.
import { nextTest } from '../lib/alarm-signals.ts';
import { consultationState, isArchived } from '../lib/notice-status.ts';
import { SERVICE_KIND } from '../schemas/services.ts';
import { entriesOf, today } from './content.ts';
import { listPath } from './routes.ts';

export async function getHomeLists() {
  const [services, tests, consultations, notices, news] = await Promise.all([
    entriesOf(SERVICE_KIND),
    entriesOf('alarmTests'),
    entriesOf('consultations'),
    entriesOf('notices'),
    entriesOf('news'),
  ]);
  return {
    services: services.slice(0, 6),
    upcomingTest: nextTest(tests, today),
    openConsultations: consultations.filter((c) => consultationState(c.data, today) === '征求意见中'),
    notices: notices.filter((n) => !isArchived(n.data, today)).slice(0, 5),
    noticesUrl: listPath('notices'),
    news: news.slice(0, 5),
    newsUrl: listPath('news'),
  };
}

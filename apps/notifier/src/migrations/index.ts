import { CreateNotifySchema1795400000000 } from './1795400000000-create-notify-schema';
import { ThreadsAndChannels1797200000000 } from './1797200000000-threads-and-channels';
import { CaseNotices1797900000000 } from './1797900000000-case-notices';
import { NoticeContent1798400000000 } from './1798400000000-notice-content';
import { InboxEntriesAreInAppDeliveries1798500000000 } from './1798500000000-inbox-entries-are-in-app-deliveries';
import { LeanerInboxAndDeliveryWrites1798600000000 } from './1798600000000-leaner-inbox-and-delivery-writes';

/** Listed explicitly: the webpack bundle cannot glob a folder at run time. */
export const NOTIFY_MIGRATIONS = [CreateNotifySchema1795400000000, ThreadsAndChannels1797200000000, CaseNotices1797900000000, NoticeContent1798400000000, InboxEntriesAreInAppDeliveries1798500000000,
  LeanerInboxAndDeliveryWrites1798600000000];

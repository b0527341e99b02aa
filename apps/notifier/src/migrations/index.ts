import { CreateNotifySchema1795400000000 } from './1795400000000-create-notify-schema';

/** Listed explicitly: the webpack bundle cannot glob a folder at run time. */
export const NOTIFY_MIGRATIONS = [CreateNotifySchema1795400000000];

export { CONTACT_ROLES, type Contact, type ContactRole, type Recipient } from './contact.model';
export { DEFAULT_ROUTING, type RoutingTable } from './routing-table.model';
export { routeAlert } from './alert.router';

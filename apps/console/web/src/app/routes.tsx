import type { ReactNode } from 'react';
import { BoardPage } from '../pages/board/BoardPage';
import { EnterprisePage } from '../pages/enterprise/EnterprisePage';
import { InboxPage } from '../pages/inbox/InboxPage';
import { AdminPage } from '../pages/admin/AdminPage';
import { CasePage } from '../pages/cases/CasePage';
import { CasesBoardPage } from '../pages/cases/CasesBoardPage';
import { RulesPage } from '../pages/rules/RulesPage';

/** A page inside the logged-in shell. */
export interface AppRoute {
  /** relative to the root, react-router syntax: 'board', 'enterprises/:id' */
  path: string;
  element: ReactNode;
  /** Present for pages listed in the navigation. */
  nav?: {
    /** i18n key of the link text, e.g. 'nav.board' */
    labelKey: string;
    /** data-testid of the link, e.g. 'nav-board' */
    testId: string;
    /** Shown only to these roles (admin sees everything); every role when absent. The server still guards each route. */
    roles?: string[];
  };
}

/** Every page of the shell, in navigation order. Pages are added by appending here (see web/README.md). */
export const routes: AppRoute[] = [
  { path: 'board', element: <BoardPage />, nav: { labelKey: 'nav.board', testId: 'nav-board', roles: ['federation_staff', 'committee_member'] } },
  { path: 'inbox', element: <InboxPage />, nav: { labelKey: 'nav.inbox', testId: 'nav-inbox', roles: ['federation_staff', 'committee_member'] } },
  { path: 'enterprises/:id', element: <EnterprisePage /> },
  { path: 'cases', element: <CasesBoardPage />, nav: { labelKey: 'cases.nav', testId: 'nav-cases', roles: ['mediator', 'federation_staff'] } },
  { path: 'cases/:id', element: <CasePage /> },
  { path: 'rules', element: <RulesPage />, nav: { labelKey: 'rules.nav', testId: 'nav-rules', roles: ['rules_editor', 'rules_publisher', 'federation_staff'] } },
  { path: 'admin', element: <AdminPage />, nav: { labelKey: 'admin.nav', testId: 'nav-admin', roles: ['admin'] } },
];

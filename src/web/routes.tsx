import { BarChartOutlined, BuildOutlined, CheckSquareOutlined, DatabaseOutlined, ProfileOutlined, SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireSession } from './auth/RequireSession.js';
import { AppLayout, type MenuEntry } from './layout/AppLayout.js';
import LoginPage from './pages/LoginPage.js';

// Every page of the app is listed here. Pages behind the login are loaded on demand, so the
// login page stays small; add a page by adding a lazy import and a <Route>.
const PlansPage = lazy(() => import('./pages/PlansPage.js'));
const PlanImportPage = lazy(() => import('./pages/plan-import/PlanImportPage.js'));
const PlanPage = lazy(() => import('./pages/plan/PlanPage.js'));
const PlansOverviewPage = lazy(() => import('./pages/workspace/PlansOverviewPage.js'));
const DataAreaPage = lazy(() => import('./pages/data/DataAreaPage.js'));
const DataEntryPage = lazy(() => import('./pages/data/entry/DataEntryPage.js'));
const DataImportPage = lazy(() => import('./pages/data/import/ImportPage.js'));
const DataQualityPage = lazy(() => import('./pages/data/quality/QualityPage.js'));
const DataElementsPage = lazy(() => import('./pages/data/metadata/ElementsPage.js'));
const DataSetsPage = lazy(() => import('./pages/data/metadata/DataSetsPage.js'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage.js'));
const ScorecardPage = lazy(() => import('./pages/scorecard/ScorecardPage.js'));
const IndicatorPage = lazy(() => import('./pages/indicator/IndicatorPage.js'));
const TasksPage = lazy(() => import('./pages/tasks/TasksPage.js'));
const ProjectsPage = lazy(() => import('./pages/projects/ProjectsPage.js'));
const FindingsPage = lazy(() => import('./pages/findings/FindingsPage.js'));
const EvaluationsPage = lazy(() => import('./pages/evaluations/EvaluationsPage.js'));
const EvaluationPage = lazy(() => import('./pages/evaluations/EvaluationPage.js'));
const ComparisonListPage = lazy(() => import('./pages/comparison/ComparisonListPage.js'));
const ComparisonPage = lazy(() => import('./pages/comparison/ComparisonPage.js'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.js'));

export const MENU: MenuEntry[] = [
  { path: '/plans', label: 'nav.plans', icon: <ProfileOutlined /> },
  { path: '/data', label: 'nav.data', icon: <DatabaseOutlined /> },
  { path: '/tasks', label: 'nav.tasks', icon: <CheckSquareOutlined /> },
  { path: '/projects', label: 'nav.projects', icon: <BuildOutlined /> },
  { path: '/evaluations', label: 'nav.evaluations', icon: <BarChartOutlined /> },
  { path: '/admin', label: 'nav.admin', icon: <SettingOutlined /> },
];

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout menu={MENU} />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="/plans" replace />} />
        <Route path="/plans" element={<PlansPage />} />
        <Route path="/plans/import" element={<PlanImportPage />} />
        <Route path="/plans/:code" element={<PlanPage />} />
        <Route path="/plans/:code/scorecard" element={<ScorecardPage />} />
        <Route path="/indicators/:code" element={<IndicatorPage />} />
        <Route path="/plans/:code/tasks" element={<TasksPage />} />
        <Route path="/plans/:code/projects" element={<ProjectsPage />} />
        <Route path="/plans/:code/findings" element={<FindingsPage />} />
        <Route path="/plans/:code/evaluations" element={<EvaluationsPage />} />
        <Route path="/plans/:code/evaluations/:id" element={<EvaluationPage />} />
        <Route path="/compare" element={<ComparisonListPage />} />
        <Route path="/compare/:canonicalCode" element={<ComparisonPage />} />
        <Route path="/data/import" element={<DataImportPage />} />
        <Route path="/data/quality" element={<DataQualityPage />} />
        <Route path="/data/elements" element={<DataElementsPage />} />
        <Route path="/data/sets" element={<DataSetsPage />} />
        <Route path="/data" element={<DataAreaPage />} />
        <Route path="/data/entry" element={<DataEntryPage />} />
        <Route path="/tasks" element={<PlansOverviewPage area="tasks" />} />
        <Route path="/projects" element={<PlansOverviewPage area="projects" />} />
        <Route path="/evaluations" element={<PlansOverviewPage area="evaluations" />} />
        <Route path="/admin/*" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { lazy } from "react";
import { Navigate, Route, createRoutesFromElements } from "react-router";
import { Layout } from "@/components/Layout";
import { Empty } from "@/components/States";
import { TemplatesPage } from "@/pages/TemplatesPage";

// Screens that pull in the code editor or the charts load on first visit.
const NewTemplatePage = lazy(() => import("@/pages/TemplateEditorPage").then((m) => ({ default: m.NewTemplatePage })));
const EditTemplatePage = lazy(() => import("@/pages/TemplateEditorPage").then((m) => ({ default: m.EditTemplatePage })));
const VersionsPage = lazy(() => import("@/pages/VersionsPage").then((m) => ({ default: m.VersionsPage })));
const ComparePage = lazy(() => import("@/pages/ComparePage").then((m) => ({ default: m.ComparePage })));
const BatchesPage = lazy(() => import("@/pages/BatchesPage").then((m) => ({ default: m.BatchesPage })));
const BatchPage = lazy(() => import("@/pages/BatchPage").then((m) => ({ default: m.BatchPage })));
const ExecutionsPage = lazy(() => import("@/pages/ExecutionsPage").then((m) => ({ default: m.ExecutionsPage })));
const DatasetsPage = lazy(() => import("@/pages/DatasetsPage").then((m) => ({ default: m.DatasetsPage })));
const DatasetPage = lazy(() => import("@/pages/DatasetPage").then((m) => ({ default: m.DatasetPage })));
const ExperimentsPage = lazy(() => import("@/pages/ExperimentsPage").then((m) => ({ default: m.ExperimentsPage })));
const ExperimentNewPage = lazy(() => import("@/pages/ExperimentNewPage").then((m) => ({ default: m.ExperimentNewPage })));
const ExperimentPage = lazy(() => import("@/pages/ExperimentPage").then((m) => ({ default: m.ExperimentPage })));
const ExperimentComparePage = lazy(() => import("@/pages/ExperimentComparePage").then((m) => ({ default: m.ExperimentComparePage })));

/**
 * Every screen, as the route objects of a data router (`createBrowserRouter` in `main.tsx`), which lets
 * a screen with unsaved changes hold any navigation (`useBlocker`), the browser's back button included.
 */
export const routes = createRoutesFromElements(
  <Route element={<Layout />}>
    <Route index element={<Navigate to="/templates" replace />} />
    <Route path="templates" element={<TemplatesPage />} />
    <Route path="templates/new" element={<NewTemplatePage />} />
    <Route path="templates/:id" element={<EditTemplatePage />} />
    <Route path="templates/:id/versions" element={<VersionsPage />} />
    <Route path="compare" element={<ComparePage />} />
    <Route path="batches" element={<BatchesPage />} />
    <Route path="batches/:batchId" element={<BatchPage />} />
    <Route path="executions" element={<ExecutionsPage />} />
    <Route path="datasets" element={<DatasetsPage />} />
    <Route path="datasets/:name" element={<DatasetPage />} />
    <Route path="experiments" element={<ExperimentsPage />} />
    <Route path="experiments/new" element={<ExperimentNewPage />} />
    <Route path="experiments/:experimentId" element={<ExperimentPage />} />
    <Route path="experiments/:experimentId/compare" element={<ExperimentComparePage />} />
    <Route path="*" element={<Empty title="No such page">Pick a screen from the menu above.</Empty>} />
  </Route>,
);

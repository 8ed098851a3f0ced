import { Navigate, Route, Routes } from "react-router";
import { Layout } from "@/components/Layout";
import { Empty } from "@/components/States";
import { TemplatesPage } from "@/pages/TemplatesPage";
import { EditTemplatePage, NewTemplatePage } from "@/pages/TemplateEditorPage";
import { VersionsPage } from "@/pages/VersionsPage";
import { ComparePage } from "@/pages/ComparePage";
import { BatchesPage } from "@/pages/BatchesPage";
import { BatchPage } from "@/pages/BatchPage";
import { ExecutionsPage } from "@/pages/ExecutionsPage";

export function App() {
  return (
    <Routes>
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
        <Route path="*" element={<Empty title="No such page">Pick a screen from the menu above.</Empty>} />
      </Route>
    </Routes>
  );
}

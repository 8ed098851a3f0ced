import { Suspense, useEffect, useState } from "react";
import { NavLink, Outlet, useLocation } from "react-router";
import { BarChart3, Columns3, Database, FileText, FlaskConical, Layers, Menu, X } from "lucide-react";
import { cn } from "@/lib/utils";
import { ApiKeyDialog } from "@/components/ApiKeyDialog";
import { ServerStatus } from "@/components/ServerStatus";
import { Loading } from "@/components/States";

const NAV = [
  { to: "/templates", label: "Templates", icon: FileText },
  { to: "/compare", label: "Compare", icon: Columns3 },
  { to: "/batches", label: "Batches", icon: Layers },
  { to: "/executions", label: "Executions", icon: BarChart3 },
  { to: "/datasets", label: "Datasets", icon: Database },
  { to: "/experiments", label: "Experiments", icon: FlaskConical },
];

export function Layout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-background focus:p-2">
        Skip to content
      </a>
      <header className="bg-background sticky top-0 z-10 border-b">
        <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-3 px-4 lg:gap-6">
          <button
            type="button"
            className="focus-visible:ring-ring/50 inline-flex size-9 items-center justify-center rounded-md outline-none focus-visible:ring-[3px] lg:hidden"
            aria-label={menuOpen ? "Close the menu" : "Open the menu"}
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {menuOpen ? <X className="size-5" aria-hidden /> : <Menu className="size-5" aria-hidden />}
          </button>
          <span className="font-semibold tracking-tight whitespace-nowrap">Dakora Studio</span>
          <nav
            id="main-nav"
            aria-label="Main"
            className={cn(
              "bg-background absolute inset-x-0 top-14 flex-col gap-1 border-b p-2 lg:static lg:flex lg:flex-row lg:items-center lg:border-0 lg:p-0",
              menuOpen ? "flex" : "hidden",
            )}
          >
            {NAV.map(({ to, label, icon: Icon }) => (
              <NavLink
                key={to}
                to={to}
                onClick={() => setMenuOpen(false)}
                className={({ isActive }) =>
                  cn(
                    "inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
                    isActive ? "bg-secondary text-foreground" : "text-muted-foreground hover:text-foreground",
                  )
                }
              >
                <Icon className="size-4" aria-hidden />
                {label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <ServerStatus />
            <ApiKeyDialog />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-screen-2xl min-w-0 flex-1 px-4 py-6">
        <Suspense fallback={<Loading label="Loading the screen…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0 break-words">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description && <p className="text-muted-foreground mt-1 text-sm">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}

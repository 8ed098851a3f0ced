import { useState } from "react";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { notAvailable } from "@/lib/api/client";
import { itemsOf } from "@/lib/api/endpoints";
import { useModels } from "@/lib/api/queries";
import type { CallParams, ModelInfo } from "@/lib/api/types";
import type { ModelWithAvailability } from "@/lib/api/draftRender";

/**
 * Models from /api/models, searchable and grouped by provider, each provider saying whether the server
 * can call it (its key is set) when the server can tell; plus any model typed by name.
 */
export function ModelPicker({ value, onChange }: { value: string[]; onChange: (models: string[]) => void }) {
  const models = useModels();
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  const known = itemsOf(models.data) as ModelWithAvailability[];
  const shown = known.filter((m) => m.model.toLowerCase().includes(query.trim().toLowerCase()) || m.provider.toLowerCase().includes(query.trim().toLowerCase()));
  const groups = groupByProvider(shown);
  const toggle = (name: string, on: boolean) => onChange(on ? [...value, name] : value.filter((m) => m !== name));
  const add = () => {
    const names = typed.split(",").map((t) => t.trim()).filter((t) => t && !value.includes(t));
    if (names.length) onChange([...value, ...names]);
    setTyped("");
  };
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">Models</legend>
      {models.isPending && <p className="text-muted-foreground text-xs">Loading the model list…</p>}
      {models.isError && (
        <p className="text-muted-foreground text-xs" data-testid="models-unavailable">
          {notAvailable(models.error)
            ? "This server does not list its models (/api/models is not available): type model names below."
            : "The model list could not load: type model names below."}
        </p>
      )}
      {known.length > 0 && (
        <>
          <Input type="search" aria-label="Search models" placeholder="Search models…" value={query} onChange={(e) => setQuery(e.target.value)} />
          <div className="grid max-h-64 gap-2 overflow-auto">
            {groups.length === 0 && <p className="text-muted-foreground text-xs">No model matches “{query}”.</p>}
            {groups.map(([provider, items]) => (
              <div key={provider} role="group" aria-label={`${provider} models`} className="grid gap-1.5">
                <div className="flex items-center gap-2 text-xs font-medium">
                  <span>{provider}</span>
                  <Availability usable={items[0].provider_usable} />
                </div>
                {items.map((m) => (
                  <Label key={m.model} className="items-start font-normal">
                    <Checkbox aria-label={m.model} checked={value.includes(m.model)} onCheckedChange={(c) => toggle(m.model, c === true)} />
                    <span className="grid min-w-0 gap-0.5">
                      <span className="font-mono text-xs break-all">{m.model}</span>
                      <span className="text-muted-foreground text-xs">
                        {m.provider}
                        {priceText(m)}
                      </span>
                    </span>
                  </Label>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
      <div className="flex gap-2">
        <Input
          aria-label="Add a model by name"
          placeholder="echo, openai/gpt-4o-mini, …"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button type="button" variant="outline" onClick={add} disabled={!typed.trim()}>
          <Plus /> Add
        </Button>
      </div>
      {value.length > 0 && (
        <div className="flex flex-wrap gap-1.5" aria-label="Chosen models">
          {value.map((m) => (
            <span key={m} className="bg-secondary inline-flex items-center gap-1 rounded-md px-2 py-0.5 font-mono text-xs">
              {m}
              <button type="button" aria-label={`Remove ${m}`} onClick={() => toggle(m, false)} className="hover:text-destructive">
                <X className="size-3" />
              </button>
            </span>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** Providers in name order, echo first, each with its models. */
export function groupByProvider(models: ModelWithAvailability[]): [string, ModelWithAvailability[]][] {
  const groups = new Map<string, ModelWithAvailability[]>();
  models.forEach((m) => groups.set(m.provider, [...(groups.get(m.provider) ?? []), m]));
  return [...groups.entries()].sort(([a], [b]) => (a === "echo" ? -1 : b === "echo" ? 1 : a.localeCompare(b)));
}

function Availability({ usable }: { usable: boolean | null | undefined }) {
  if (usable === true) return <span className="text-xs font-normal text-emerald-700 dark:text-emerald-400">key set</span>;
  if (usable === false) return <span className="text-destructive text-xs font-normal">no key on the server</span>;
  return <span className="text-muted-foreground text-xs font-normal" title="The worker runs elsewhere; this server cannot see its keys">key unknown</span>;
}

/** " · $in/$out per M tokens" from the model's prices, or nothing when it has none. */
export function priceText(model: ModelInfo): string {
  if (model.input_per_million_usd == null && model.output_per_million_usd == null) return "";
  const price = (value: number | null | undefined) => (value == null ? "?" : `$${value}`);
  return ` · ${price(model.input_per_million_usd)}/${price(model.output_per_million_usd)} per M tokens`;
}

/** Temperature, max tokens and top_p; empty fields are left to the provider's defaults. */
export function ParamsFields({ value, onChange }: { value: Record<keyof CallParams, string>; onChange: (v: Record<keyof CallParams, string>) => void }) {
  const field = (key: keyof CallParams, label: string, placeholder: string) => (
    <div className="grid gap-1.5">
      <Label htmlFor={`param-${key}`}>{label}</Label>
      <Input id={`param-${key}`} inputMode="decimal" placeholder={placeholder} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
    </div>
  );
  return (
    <div className="grid grid-cols-3 gap-2">
      {field("temperature", "Temperature", "0.7")}
      {field("max_tokens", "Max tokens", "512")}
      {field("top_p", "Top p", "1.0")}
    </div>
  );
}

export function toParams(value: Record<keyof CallParams, string>): { params: CallParams; errors: string[] } {
  const params: CallParams = {};
  const errors: string[] = [];
  (Object.keys(value) as (keyof CallParams)[]).forEach((key) => {
    const text = value[key].trim();
    if (!text) return;
    const n = Number(text);
    if (!Number.isFinite(n)) errors.push(`${key} must be a number`);
    else params[key] = key === "max_tokens" ? Math.round(n) : n;
  });
  return { params, errors };
}

export const EMPTY_PARAMS: Record<keyof CallParams, string> = { temperature: "", max_tokens: "", top_p: "" };

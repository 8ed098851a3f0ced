import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { FormValues, InputField } from "@/lib/inputs";

interface Props {
  fields: InputField[];
  values: FormValues;
  errors: Record<string, string>;
  onChange: (name: string, value: string | boolean) => void;
  idPrefix?: string;
}

/** One widget per declared input, chosen by its type, with required marks, defaults and inline errors. */
export function InputForm({ fields, values, errors, onChange, idPrefix = "input" }: Props) {
  if (fields.length === 0) {
    return <p className="text-muted-foreground text-sm">This template declares no inputs.</p>;
  }
  return (
    <div className="grid gap-4">
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const error = errors[field.name];
        const hint = hintOf(field);
        const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
        const value = values[field.name];
        return (
          <div key={field.name} className="grid gap-1.5">
            {field.type === "boolean" ? (
              <div className="flex items-center gap-2">
                <Checkbox
                  id={id}
                  checked={value === true}
                  onCheckedChange={(checked) => onChange(field.name, checked === true)}
                  aria-describedby={describedBy}
                />
                <Label htmlFor={id}>
                  {field.name}
                  <TypeTag field={field} />
                </Label>
              </div>
            ) : (
              <>
                <Label htmlFor={id}>
                  {field.name}
                  {field.required && <span className="text-destructive" aria-label="required">*</span>}
                  <TypeTag field={field} />
                </Label>
                {field.type === "array<string>" || field.type === "object" ? (
                  <Textarea
                    id={id}
                    className="font-mono"
                    rows={field.type === "object" ? 4 : 3}
                    value={typeof value === "string" ? value : ""}
                    onChange={(e) => onChange(field.name, e.target.value)}
                    aria-invalid={!!error}
                    aria-describedby={describedBy}
                    placeholder={field.type === "object" ? '{"key": "value"}' : "one item per line"}
                  />
                ) : (
                  <Input
                    id={id}
                    inputMode={field.type === "number" ? "decimal" : undefined}
                    value={typeof value === "string" ? value : ""}
                    onChange={(e) => onChange(field.name, e.target.value)}
                    aria-invalid={!!error}
                    aria-required={field.required}
                    aria-describedby={describedBy}
                  />
                )}
              </>
            )}
            {hint && (
              <p id={`${id}-hint`} className="text-muted-foreground text-xs">
                {hint}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} className="text-destructive text-xs" role="alert">
                {field.name} {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function TypeTag({ field }: { field: InputField }) {
  return <span className="text-muted-foreground font-mono text-xs font-normal">{field.type}</span>;
}

function hintOf(field: InputField): string | undefined {
  const parts: string[] = [];
  if (field.description) parts.push(field.description);
  if (field.defaultValue !== null && field.defaultValue !== undefined) {
    parts.push(`Default: ${JSON.stringify(field.defaultValue)}`);
  }
  return parts.length ? parts.join(" · ") : undefined;
}

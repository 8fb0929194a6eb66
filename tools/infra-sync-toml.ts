// The pure half of `npm run infra:sync`: reading a stack's outputs and writing its resource ids
// into wrangler.toml as a text edit, so the file's comments and layout survive.

/**
 * Each Pulumi stack and the wrangler.toml section it backs ("" = the top level). The same map as
 * infra/names.ts STACKS (a test holds them equal): Node would have to reparse infra/'s CommonJS
 * package as ESM to import it here, with a warning on every run.
 */
export const STACK_ENVS: Readonly<Record<string, string>> = { production: "", staging: "staging" };

export interface StackOutputs {
  d1DatabaseId: string;
  kvNamespaceId: string;
  workerSecrets: Record<string, string>;
}

// Cloudflare ids: D1 is a UUID, KV 32 hex digits. Anything else is refused before it reaches the file.
const D1_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KV_ID = /^[0-9a-f]{32}$/;

export function parseStackOutputs(json: string): StackOutputs {
  const outputs = JSON.parse(json) as Partial<Record<keyof StackOutputs, unknown>>;
  const { d1DatabaseId, kvNamespaceId, workerSecrets } = outputs;
  if (typeof d1DatabaseId !== "string" || !D1_ID.test(d1DatabaseId)) {
    throw new Error("the stack has no d1DatabaseId output that looks like a D1 id: did `pulumi up` finish?");
  }
  if (typeof kvNamespaceId !== "string" || !KV_ID.test(kvNamespaceId)) {
    throw new Error("the stack has no kvNamespaceId output that looks like a KV id: did `pulumi up` finish?");
  }
  if (typeof workerSecrets !== "object" || workerSecrets === null || typeof workerSecrets === "string") {
    // A string here is "[secret]": the outputs were read without --show-secrets.
    throw new Error("the stack's workerSecrets output is missing or hidden (read it with --show-secrets)");
  }
  return { d1DatabaseId, kvNamespaceId, workerSecrets: workerSecrets as Record<string, string> };
}

/** Sets `key = "value"` inside the `[[<env>.<table>]]` section that has `binding = "<binding>"`. */
function setInBindingSection(toml: string, header: string, binding: string, key: string, value: string): string {
  const lines = toml.split("\n");
  let inSection = false;
  let sectionStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i]?.trim() ?? "[end]";
    if (line.startsWith("[")) {
      if (inSection) {
        const section = lines.slice(sectionStart, i);
        if (section.some((l) => l.trim() === `binding = "${binding}"`)) {
          const keyLine = section.findIndex((l) => l.trim().startsWith(`${key} =`));
          if (keyLine < 0) throw new Error(`wrangler.toml: ${header} "${binding}" has no ${key}`);
          lines[sectionStart + keyLine] = `${key} = "${value}"`;
          return lines.join("\n");
        }
      }
      inSection = line === header;
      sectionStart = i;
    }
  }
  throw new Error(`wrangler.toml has no ${header} with binding "${binding}"`);
}

/** Writes the stack's D1 and KV ids into its environment's section ("" = the top level). */
export function writeBindingIds(toml: string, env: string, ids: Pick<StackOutputs, "d1DatabaseId" | "kvNamespaceId">) {
  const table = (name: string) => (env ? `[[env.${env}.${name}]]` : `[[${name}]]`);
  const withD1 = setInBindingSection(toml, table("d1_databases"), "DB", "database_id", ids.d1DatabaseId);
  return setInBindingSection(withD1, table("kv_namespaces"), "CACHE", "id", ids.kvNamespaceId);
}

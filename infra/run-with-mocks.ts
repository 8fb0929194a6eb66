// Runs the Pulumi program in-process against pulumi.runtime.setMocks: no CLI, no account, no
// network. Records every resource the program registers, with its inputs. Mocks do not check
// the provider's schema: the types of @pulumi/cloudflare (checked by tsc) do that.
import * as pulumi from "@pulumi/pulumi";
import type { StackName } from "./names";

export interface RegisteredResource {
  /** e.g. "cloudflare:index/queue:Queue" */
  type: string;
  /** the Pulumi logical name, e.g. "push-dlq" */
  name: string;
  inputs: Record<string, unknown>;
}

/** Provider-computed outputs the program reads back (ids, subdomains, generated passwords). */
function computedState(args: pulumi.runtime.MockResourceArgs): Record<string, unknown> {
  switch (args.type) {
    case "random:index/randomPassword:RandomPassword":
      return { result: `generated-${args.name}-`.padEnd(Number(args.inputs.length), "x") };
    default:
      return {};
  }
}

export async function runProgram(stack: StackName, config: Record<string, string>, secretKeys: string[] = []) {
  const resources: RegisteredResource[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        resources.push({ type: args.type, name: args.name, inputs: args.inputs });
        return { id: `${args.name}-id`, state: { ...args.inputs, ...computedState(args) } };
      },
      call: (args) => args.inputs,
    },
    "big-gateway",
    stack,
  );
  pulumi.runtime.setAllConfig(
    Object.fromEntries(Object.entries(config).map(([key, value]) => [`big-gateway:${key}`, value])),
    secretKeys.map((key) => `big-gateway:${key}`),
  );
  // Imported after the mocks, as Pulumi's testing guide asks; createStack reads config when called.
  const { createStack } = await import("./program");
  const outputs = createStack();
  // Let every registration reach the mocks before anyone looks at `resources` (the same wait
  // Pulumi's own runner does before it exits; public at runtime, @internal in the typings).
  await (pulumi.runtime as unknown as { waitForRPCs(): Promise<void> }).waitForRPCs();
  return { outputs, resources };
}

/** The value of an Output, once known. */
export function settled<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply(resolve));
}

export function resourcesOfType(resources: RegisteredResource[], type: string): RegisteredResource[] {
  return resources.filter((resource) => resource.type === type);
}

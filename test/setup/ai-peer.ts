// Global setup of the workers project: starts the loopback AI peer (tools/ai-peer) in Node for
// the whole run; vitest.config.ts points the Worker's AI_BASE_URL at it.
import type { TestProject } from "vitest/node";
import { LOOPBACK_AI, startAiPeer } from "../../tools/ai-peer/server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    aiPeer: { baseUrl: string; apiKey: string; model: string };
  }
}

export default async function setup(project: TestProject) {
  const peer = await startAiPeer();
  project.provide("aiPeer", { baseUrl: peer.baseUrl, apiKey: LOOPBACK_AI.apiKey, model: LOOPBACK_AI.model });
  return () => peer.close();
}

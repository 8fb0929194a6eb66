import type { AiMessage } from "./provider.ts";

// What the assistant is told: the system prompt, then the chat's latest messages, oldest first,
// as many as fit both a count and an (estimated) token budget. Attachments are described, not sent.

/** A message as the assistant reads it: its attachments by name and type (the files are not sent). */
export type ContextMessage = {
  fromAssistant: boolean;
  text: string;
  attachments: { name: string; mimeType: string }[];
};

/** A cheap, provider-neutral estimate: about four characters per token, rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export function describeMessage(message: ContextMessage): string {
  const attachments = message.attachments.map((file) => `[attachment: ${file.name} (${file.mimeType})]`);
  return [message.text, ...attachments].filter((part) => part.length > 0).join("\n");
}

/**
 * `newestFirst` are the chat's visible messages, newest first. The newest one always goes in
 * (cut to the budget if it alone is too long); older ones go in while they fit.
 */
export function buildContext(
  systemPrompt: string,
  newestFirst: ContextMessage[],
  limits: { maxMessages: number; maxTokens: number },
): AiMessage[] {
  let budget = limits.maxTokens - estimateTokens(systemPrompt);
  const picked: AiMessage[] = [];
  for (const message of newestFirst.slice(0, limits.maxMessages)) {
    let content = describeMessage(message);
    if (content.length === 0) continue;
    const cost = estimateTokens(content);
    if (cost > budget) {
      if (picked.length > 0) break;
      content = content.slice(-Math.max(0, budget) * 4);
      if (content.length === 0) break;
    }
    budget -= estimateTokens(content);
    picked.push({ role: message.fromAssistant ? "assistant" : "user", content });
  }
  return [{ role: "system", content: systemPrompt }, ...picked.reverse()];
}

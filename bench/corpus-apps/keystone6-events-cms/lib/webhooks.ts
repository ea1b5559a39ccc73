import { signPayload } from "./crypto";

const LISTINGS_URL = process.env.LISTINGS_WEBHOOK_URL || "https://hooks.citylistings.example/harbourside";

export async function notifyPublished(event: { id: string; slug: string; title: string }): Promise<void> {
  const body = JSON.stringify({ type: "event.published", event });
  try {
    // safe: CWE-918
    await fetch(LISTINGS_URL, { method: "POST", body, headers: { "content-type": "application/json", "x-signature": signPayload(body) } });
  } catch (err) {
    console.warn(JSON.stringify({ event: "listings_webhook_failed", id: event.id, message: (err as Error).message }));
  }
}

// Organizers paste a link to the artist's page; we fetch it and pull the Open Graph title and image.
export async function fetchLinkPreview(url: string): Promise<{ title?: string; image?: string }> {
  // vuln: CWE-918
  const res = await fetch(url, { redirect: "follow", headers: { "user-agent": "HarboursideBot/1.0" } });
  const html = (await res.text()).slice(0, 200_000);
  const title = /<meta\s+property="og:title"\s+content="([^"]*)"/i.exec(html)?.[1];
  const image = /<meta\s+property="og:image"\s+content="([^"]*)"/i.exec(html)?.[1];
  return { title, image };
}

import { getContext } from "@keystone-6/core/context";
import config from "../keystone";
import * as PrismaModule from ".prisma/client";
import { sendReminder } from "../lib/mailer";

async function main() {
  const context = getContext(config, PrismaModule).sudo();
  const from = new Date(Date.now() + 20 * 3600 * 1000);
  const to = new Date(Date.now() + 28 * 3600 * 1000);
  const events = await context.query.Event.findMany({
    where: { status: { equals: "published" }, startsAt: { gte: from.toISOString(), lte: to.toISOString() } },
    query: "id title startsAt venue { name } tickets(where: { state: { equals: \"issued\" } }) { holderName holderEmail }"
  });
  let sent = 0;
  for (const event of events) {
    for (const t of event.tickets) {
      await sendReminder(t.holderEmail, { name: t.holderName, title: event.title, when: new Date(event.startsAt).toUTCString(), venue: event.venue?.name ?? "" });
      sent++;
    }
  }
  console.log(JSON.stringify({ event: "reminders_sent", events: events.length, sent }));
  await context.prisma.$disconnect();
}

main().catch((err) => {
  console.error(JSON.stringify({ event: "reminders_failed", message: err.message }));
  process.exit(1);
});

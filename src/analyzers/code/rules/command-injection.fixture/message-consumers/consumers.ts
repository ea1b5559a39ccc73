import { Kafka } from 'kafkajs';
import amqp from 'amqplib';
import { exec } from 'node:child_process';
import { convert, notify } from './media';

interface MediaEvent { args: string; host: string }

function handle(event: MediaEvent): void {
  // ruleid: js/command-injection
  exec(`notify-send ${event.host}`);
}

const kafka = new Kafka({ clientId: 'media', brokers: ['kafka:9092'] });

export async function startConsumer(): Promise<void> {
  const consumer = kafka.consumer({ groupId: 'media' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value!.toString()) as MediaEvent;
      convert(event.args);
      handle(event);
    },
  });
}

export async function startAmqp(): Promise<void> {
  const conn = await amqp.connect('amqps://mq');
  const channel = await conn.createChannel();
  await channel.consume('pings', (msg) => {
    if (!msg) return;
    const body = JSON.parse(msg.content.toString());
    notify(body.host);
    channel.ack(msg);
  });
}

// Handlers known by their declared types, whatever the parameters are called.
import { exec } from 'node:child_process';
import type { Request, Response } from 'express';
import type { APIGatewayProxyEvent } from 'aws-lambda';

export async function thumbnails(input: Request, output: Response) {
  // ruleid: js/command-injection
  exec(`gm convert uploads/${input.query.name} -resize 200x thumbs/out.png`);
  output.sendStatus(202);
}

export const purge = async (e: APIGatewayProxyEvent) => {
  // ruleid: js/command-injection
  exec('cdn-purge ' + e.pathParameters?.key);
  return { statusCode: 204, body: '' };
};

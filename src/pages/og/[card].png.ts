import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCards } from '../../lib/og-cards.ts';
import { ogPng } from '../../lib/og-image.ts';
import { siteData } from '../../lib/site-data.ts';

// /og/<page type>.png: the share preview of each page type, drawn at build time.
const cards = async () => {
  const d = await siteData();
  return ogCards({ tasks: d.tasks.length, agencies: d.agencies.length, targets: d.targets.length });
};

export const getStaticPaths = (async () => Object.keys(await cards()).map((card) => ({ params: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const card = (await cards())[params.card!]!;
  return new Response(ogPng(card) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};

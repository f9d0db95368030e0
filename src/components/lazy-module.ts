/**
 * Runs, once, the module that a `<template data-lazy-module="name">` holds. Astro renders a component's `<script>`
 * where it stands, so a script placed inside a template is built and hashed like any other but stays inert: nothing is
 * downloaded until this reads its address and imports it. Importing the same address again reuses the module.
 */
export function runLazyModule(doc: Document, name: string): Promise<unknown> {
  const template = doc.querySelector<HTMLTemplateElement>(`template[data-lazy-module="${name}"]`);
  const src = template?.content.querySelector('script[src]')?.getAttribute('src');
  if (!src) return Promise.reject(new Error(`no lazy module "${name}" on this page`));
  // A runtime address on purpose: the bundler must not wrap this import in its preload helper.
  return import(/* @vite-ignore */ src);
}

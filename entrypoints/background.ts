import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Repository } from '../core/db/repository';
import { nowIso } from '../core/model';
import { handleBackgroundRequests } from '../platform/messaging';
import { injectAnnotator, syncPageCheckRegistration } from '../platform/tabs';

export default defineBackground(() => {
  const repo = new Repository();

  handleBackgroundRequests({
    'page.loaded': async (request, sender) => {
      const article = await repo.findArticle(request.url, request.canonicalUrl);
      const annotated = article ? (await repo.countForArticle(article.id)) > 0 : false;
      const tabId = sender.tab?.id;
      if (annotated && tabId !== undefined) await injectAnnotator(tabId, sender.frameId ?? 0);
      return { annotated };
    },
    'page.annotations': async (request) => {
      const article = await repo.findArticle(request.url, request.canonicalUrl);
      const annotations = article ? await repo.annotationsForArticle(article.id) : [];
      return { article: article ?? null, annotations, parties: await repo.listParties() };
    },
    'annotation.save': async (request) => {
      const article = await repo.upsertArticle(request.article, nowIso());
      const outcome = await repo.saveAnnotation({ ...request.annotation, articleId: article.id });
      return { outcome, article };
    },
    'annotation.delete': async (request) => ({
      deleted: (await repo.deleteAnnotation(request.id)) !== undefined,
    }),
    'anchor.report': async (request) => ({ updated: await repo.recordAnchorResults(request.results) }),
    'party.save': async (request) => ({ outcome: await repo.saveParty(request.party) }),
    'parties.list': async () => ({ parties: await repo.listParties() }),
  });

  browser.runtime.onInstalled.addListener(() => void syncPageCheckRegistration());
  browser.runtime.onStartup.addListener(() => void syncPageCheckRegistration());
  browser.permissions.onAdded.addListener(() => void syncPageCheckRegistration());
  browser.permissions.onRemoved.addListener(() => void syncPageCheckRegistration());
});

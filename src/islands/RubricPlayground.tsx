import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CompiledScenario } from '../engine/compiled.ts';
import { t } from '../i18n/authoring.ts';
import { scenarioDataUrl, tryReply, type ScenarioChoice } from '../lib/playground.ts';
import type { CriterionResult } from '../schemas/attempt.ts';

interface Props {
  /** Every scenario's slug and title, for the picker. */
  choices: ScenarioChoice[];
  /**
   * The first scenario, compiled at build time. The others load when picked, from the JSON files
   * the build writes beside the page: all of them inline made the page 405 KB of HTML.
   */
  initial: CompiledScenario;
}

/** Characters of a customer message shown in the turn picker. */
const EXCERPT = 18;

const excerpt = (text: string): string => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

function Status({ status }: { status: CriterionResult['status'] }) {
  const mark = status === 'pass' ? '✓' : status === 'fail' ? '✗' : '–';
  return (
    <span className={`pg-status ${status}`}>
      <span aria-hidden="true">{mark} </span>
      {t(`playground.status.${status}`)}
    </span>
  );
}

function Criterion({ result, checks, note }: { result: CriterionResult; checks: string; note?: string }) {
  const found = [...new Set(result.matches.map((m) => m.text))];
  return (
    <li className={`pg-criterion ${result.status}`}>
      <p className="pg-criterion-head">
        <Status status={result.status} />
        <strong>{result.label}</strong> <code>{result.id}</code>
        <span className="tag">{t('playground.weight', { weight: result.weight })}</span>
        {result.critical && <span className="tag pg-critical">{t('playground.criticalTag')}</span>}
      </p>
      {note && <p className="pg-note">{note}</p>}
      <p className="pg-check">{t('playground.checks', { text: checks })}</p>
      {found.length > 0 && <p className="pg-found">{t('playground.matched', { terms: found.join('、') })}</p>}
      {result.missing.length > 0 && <p className="pg-missing">{t('playground.missing', { terms: result.missing.join('、') })}</p>}
      {result.feedback && <p className="pg-feedback">{result.feedback}</p>}
    </li>
  );
}

/** The rubric playground: pick a scenario and a turn, type a reply, see every criterion live. */
export default function RubricPlayground({ choices, initial }: Props) {
  const id = useId();
  const [slug, setSlug] = useState(initial.slug);
  const [loaded, setLoaded] = useState<Readonly<Record<string, CompiledScenario>>>({ [initial.slug]: initial });
  const [failed, setFailed] = useState<string | null>(null);
  const scenario = loaded[slug];
  // A turn not in the scenario (none chosen yet, or one from the address) means its first turn.
  const [turnId, setTurnId] = useState('');
  const turn = scenario?.turns.find((x) => x.id === turnId) ?? scenario?.turns[0];
  const [draft, setDraft] = useState('');
  // The text scored: the draft, except while an IME is composing (pinyin is not a reply yet).
  const [scored, setScored] = useState('');
  const composing = useRef(false);
  // Controls wait for hydration: a choice made before it would be reset by it.
  const [ready, setReady] = useState(false);

  // A link such as ?scenario=size-advice&turn=recommend opens that turn.
  useEffect(() => {
    setReady(true);
    const params = new URLSearchParams(window.location.search);
    const wanted = choices.find((c) => c.slug === params.get('scenario'));
    if (!wanted) return;
    setSlug(wanted.slug);
    setTurnId(params.get('turn') ?? '');
  }, [choices]);

  useEffect(() => {
    if (loaded[slug] || failed === slug) return;
    let current = true;
    fetch(scenarioDataUrl(slug))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<CompiledScenario>;
      })
      .then((compiled) => {
        if (current) setLoaded((all) => ({ ...all, [slug]: compiled }));
      })
      .catch(() => {
        if (current) setFailed(slug);
      });
    return () => {
      current = false;
    };
  }, [slug, loaded, failed]);

  useEffect(() => {
    if (!scenario || !turn) return;
    const url = new URL(window.location.href);
    url.searchParams.set('scenario', scenario.slug);
    url.searchParams.set('turn', turn.id);
    window.history.replaceState(null, '', url);
  }, [scenario, turn]);

  const result = useMemo(() => (scenario && turn ? tryReply(scenario, turn, scored) : null), [scenario, turn, scored]);

  const write = (text: string): void => {
    setDraft(text);
    setScored(text);
  };
  const chooseScenario = (next: string): void => {
    setSlug(next);
    setTurnId('');
    if (failed === next) setFailed(null);
  };
  const scenarioPicker = (
    <>
      <label htmlFor={`${id}-scenario`}>{t('playground.scenario')}</label>
      <select id={`${id}-scenario`} disabled={!ready} value={slug} onChange={(e) => chooseScenario(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.title}（{c.slug}）
          </option>
        ))}
      </select>
    </>
  );

  if (!scenario || !turn || !result) {
    return (
      <div className="pg" data-ready={ready}>
        <div className="pg-pickers">{scenarioPicker}</div>
        {failed === slug ? (
          <p className="notice" role="alert">
            {t('playground.loadFailed')}{' '}
            <button type="button" className="button secondary small" onClick={() => setFailed(null)}>
              {t('playground.retry')}
            </button>
          </p>
        ) : (
          <p className="pg-note" role="status">
            {t('playground.loading')}
          </p>
        )}
      </div>
    );
  }

  const passed = result.criteria.filter((c) => c.result.status === 'pass').length;
  const criticalFailed = result.criteria.some((c) => c.result.critical && c.result.status === 'fail');

  return (
    <div className="pg" data-ready={ready}>
      <div className="pg-pickers">
        {scenarioPicker}
        <label htmlFor={`${id}-turn`}>{t('playground.turn')}</label>
        <select id={`${id}-turn`} disabled={!ready} value={turn.id} onChange={(e) => setTurnId(e.currentTarget.value)}>
          {scenario.turns.map((x, i) => (
            <option key={x.id} value={x.id}>
              {t('playground.turnOption', { n: i + 1, id: x.id, text: excerpt(x.customer[scenario.persona.mood]) })}
            </option>
          ))}
        </select>
      </div>

      <div className="pg-chat">
        <p className="pg-who">{t('playground.customer', { name: scenario.persona.name })}</p>
        <p className="pg-bubble">{turn.customer[scenario.persona.mood]}</p>
        <p className="pg-who">{t('playground.model')}</p>
        <p className="pg-model">{turn.model}</p>
        <div className="pg-actions">
          <button type="button" className="button secondary small" disabled={!ready} onClick={() => write(turn.model)}>
            {t('playground.useModel')}
          </button>
          <button type="button" className="button secondary small" disabled={!ready} onClick={() => write('')}>
            {t('playground.clear')}
          </button>
        </div>
      </div>

      <div className="pg-input">
        <label htmlFor={`${id}-reply`}>{t('playground.reply')}</label>
        <p id={`${id}-hint`} className="pg-note">
          {t('playground.replyHint')}
        </p>
        <textarea
          id={`${id}-reply`}
          aria-describedby={`${id}-hint`}
          disabled={!ready}
          rows={3}
          value={draft}
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            if (!composing.current) setScored(e.currentTarget.value);
          }}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(e) => {
            composing.current = false;
            setScored(e.currentTarget.value);
          }}
        />
      </div>

      <section className="pg-results" aria-labelledby={`${id}-criteria`}>
        <h2 id={`${id}-criteria`}>{t('playground.turnCriteria')}</h2>
        <p className={`pg-summary${criticalFailed ? ' bad' : ''}`} role="status">
          {result.criteria.length === 0
            ? t('playground.summaryEmpty')
            : t('playground.summary', { passed, total: result.criteria.length })}
          {criticalFailed && `（${t('playground.critical')}）`}
        </p>
        <ul className="pg-list">
          {result.criteria.map((c) => (
            <Criterion key={c.result.id} result={c.result} checks={c.checks} />
          ))}
        </ul>

        <h2>{t('playground.highlight')}</h2>
        <p className="pg-note">{t('playground.legend')}</p>
        <p className="pg-reply">
          {result.segments.some((s) => s.kind !== 'plain')
            ? result.segments.map((s, i) =>
                s.kind === 'plain' ? (
                  <span key={i}>{s.text}</span>
                ) : (
                  <mark key={i} className={s.kind}>
                    {s.text}
                    <span className="visually-hidden">（{t(s.kind === 'wrong' ? 'playground.wrongMark' : 'playground.found')}）</span>
                  </mark>
                ),
              )
            : t('playground.highlightNone')}
        </p>

        <h2>{t('playground.normalized')}</h2>
        <p className="pg-note">{t('playground.normalizedHint')}</p>
        <pre className="pg-text">{result.normalized || t('playground.empty')}</pre>
        {result.matched !== result.normalized && (
          <>
            <p className="pg-note">{t('playground.numerals')}</p>
            <pre className="pg-text">{result.matched}</pre>
          </>
        )}

        <h2>{t('playground.next')}</h2>
        <p>{result.next}</p>

        <h2>{t('playground.rubric')}</h2>
        {result.conversation.length === 0 ? (
          <p className="muted">{t('playground.rubricNone')}</p>
        ) : (
          <ul className="pg-list">
            {result.conversation.map((c) => (
              <Criterion key={c.result.id} result={c.result} checks={c.checks} note={c.note} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

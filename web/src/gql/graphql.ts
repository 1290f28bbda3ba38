/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a measure affects a jurisdiction. */
export type AffectedHow =
  /** The text names parties of the jurisdiction. */
  | 'NAMED_PARTIES'
  /** The text names no country, but the jurisdiction is reported as the target. */
  | 'REPORTED_TARGET'
  /** The text targets the jurisdiction. */
  | 'TARGETED';

/**
 * The point in the two time axes a question is asked at. Leave a field out for
 * its default: validAt today, and the latest state the ledger knows.
 */
export type AsOf = {
  /**
   * Read your own write: answer with what the ledger knows now, but at least
   * up to this position (the result.position of your last mutation). The
   * read models may lag a write by a moment; the query waits for them to
   * reach the position, at most the server's read wait (5 s by default; a
   * position beyond the store's head gets only a short grace), and fails
   * with position.beyond_head if they do not. The answer's basis.position is
   * this position or later. Exclusive with knownAt and position.
   */
  afterPosition?: number | null | undefined;
  /** Answer with what the ledger knew at this instant (recorded time). Exclusive with position. */
  knownAt?: string | null | undefined;
  /** Answer with what the ledger knew at this ledger position (recorded time). Exclusive with knownAt. */
  position?: number | null | undefined;
  /**
   * Believe only what had been published by this instant (publication time):
   * a record's history is read up to its first event whose sources were
   * published after it (a list snapshot's own date or observation time, a
   * document's publication date; an event citing no dated source counts as
   * published when it was recorded). Independent of knownAt and position,
   * which limit what the ledger had recorded.
   */
  publishedBy?: string | null | undefined;
  /** The date the law is evaluated at (valid time). Default: today. */
  validAt?: string | null | undefined;
};

/** Narrows a list of designations. */
export type DesignationFilter = {
  /** Part of the list's name, case-insensitive. */
  list?: string | null | undefined;
  /** Only parties one of whose names or aliases at the valid time contains this text, case-insensitive. */
  name?: string | null | undefined;
  /** Only designations of this party. */
  partyId?: string | number | null | undefined;
  /** Only entries listed under this program or regime at the valid time, exactly as the list writes it (e.g. RUSSIA-EO14024, DPRK). */
  program?: string | null | undefined;
  /** Any of these statuses at the valid time. */
  status?: Array<DesignationStatus> | null | undefined;
};

/** A designation's state at the valid time. */
export type DesignationStatus =
  /** The party was taken off the list on or before the valid time. */
  | 'DELISTED'
  /** The party is on the list at the valid time. */
  | 'DESIGNATED'
  /** The designation has not taken effect by the valid time. */
  | 'NOT_YET_DESIGNATED';

/** The kinds of enforcement action. */
export type EnforcementKind =
  /** An anti-dumping or anti-subsidy trade investigation. */
  | 'ANTI_DUMPING_INVESTIGATION'
  /** An investigation under competition (anti-monopoly) law. */
  | 'ANTI_MONOPOLY_INVESTIGATION'
  /** A cybersecurity or data-security review of a company's products or operations. */
  | 'CYBERSECURITY_REVIEW'
  /** Enforcement of export controls: an investigation or penalty case. */
  | 'EXPORT_CONTROL_ENFORCEMENT'
  /** A probe of whether a company kept the conditions a merger was cleared under. */
  | 'MERGER_REMEDY_PROBE'
  /** Enforcement of sanctions: an investigation or penalty case. */
  | 'SANCTIONS_ENFORCEMENT'
  /** An investigation that may put a party on an unreliable-entity list. */
  | 'UNRELIABLE_ENTITY_INVESTIGATION';

/** What a finding concludes. */
export type FindingOutcome =
  /** The authority closed the case without a finding. */
  | 'CLOSED_WITHOUT_FINDING'
  /** The authority found no violation. */
  | 'NO_VIOLATION'
  /** The authority found a risk (e.g. to security) without finding a violation. */
  | 'RISK_FOUND'
  /** The case was settled with the authority. */
  | 'SETTLED'
  /** The authority found a violation. */
  | 'VIOLATION_FOUND';

/** Who asserts a link. */
export type LinkAsserter =
  /** Analysts assert it. */
  | 'ANALYST'
  /** An official statement states it. */
  | 'OFFICIAL_STATEMENT'
  /** The official text of the measure states it. */
  | 'OFFICIAL_TEXT'
  /** The press reports it. */
  | 'PRESS';

/** How one record relates to another. */
export type LinkRelation =
  /** The record was taken in coordination with the other. */
  | 'COORDINATED_WITH'
  /** The record responds to the other, without being stated as retaliation. */
  | 'RESPONDS_TO'
  /** The record came out of the other (a measure out of an enforcement finding). */
  | 'RESULTS_FROM'
  /** The record is a retaliation against the other. */
  | 'RETALIATES_AGAINST'
  /** The record replaces the other. */
  | 'SUPERSEDES'
  /** The record was suspended in exchange for the other (a deal between the parties). */
  | 'SUSPENDED_IN_EXCHANGE_FOR';

/** What happened to one designation of a list between two points. */
export type ListChangeOp =
  /** Listed at the second point and not at the first. */
  | 'ADD'
  /** Listed at the first point and not at the second (delisted, or retracted). */
  | 'DEL'
  /** Listed at both, with other values. */
  | 'MOD';

/** Narrows a list of measures; every given field must match. */
export type MeasureFilter = {
  /**
   * Two-letter code of a jurisdiction the measure bears on at the valid time:
   * the measures that name it as affected (as amended at the valid time), and
   * the countryNeutral measures, which apply to every destination, that
   * another jurisdiction implements. "What applies to exports to the US" is
   * affectedJurisdiction: "US"; add countryNeutral: false for only the
   * measures that name it.
   */
  affectedJurisdiction?: string | null | undefined;
  /** ID of the authority that took the measure. */
  authorityId?: string | null | undefined;
  /** Only the measures that are (true) or are not (false) countryNeutral: applying to every destination, naming no target. */
  countryNeutral?: boolean | null | undefined;
  /** Two-letter code of the implementing jurisdiction. */
  implementingJurisdiction?: string | null | undefined;
  /** Part of an item's code or description, case-insensitive ("gallium", "3A090"), as amended at the valid time. */
  item?: string | null | undefined;
  /** Two-letter code of the implementing jurisdiction or of one the measure names as affected (as amended at the valid time). */
  jurisdiction?: string | null | undefined;
  /** Only measures of this type. */
  measureType?: MeasureType | null | undefined;
  /** Any of these statuses at the valid time. */
  status?: Array<MeasureStatus> | null | undefined;
  /** Part of the title, summary or instrument, case-insensitive. */
  text?: string | null | undefined;
};

/** A measure's (or a provision's) legal state at a valid time. */
export type MeasureStatus =
  /** Announced, but no provision has taken effect yet (or its date is not set). */
  | 'ANNOUNCED'
  /** Lapsed on or before the valid time. */
  | 'EXPIRED'
  /** At least one provision applies and none is suspended. */
  | 'IN_FORCE'
  /** Not announced and not in effect yet at the valid time. */
  | 'NOT_YET_ANNOUNCED'
  /** Some effective provisions are suspended, others apply. */
  | 'PARTLY_SUSPENDED'
  /** Revoked on or before the valid time (for a provision: ended by an amendment). */
  | 'REVOKED'
  /** Every effective provision is suspended. */
  | 'SUSPENDED';

/** The kind of measure. */
export type MeasureType =
  /** A control that depends on the end use or end user (military, supercomputer ...). */
  | 'END_USE_CONTROL'
  /** Parties put on a list that restricts dealings with them. */
  | 'ENTITY_LISTING'
  /** A prohibition of exports of items. */
  | 'EXPORT_BAN'
  /** A licence requirement on exports of items. */
  | 'EXPORT_CONTROL'
  /**
   * A control over foreign-made items that are the direct product of the
   * implementing jurisdiction's technology or software.
   */
  | 'FOREIGN_DIRECT_PRODUCT_RULE'
  /** A prohibition of imports of items. */
  | 'IMPORT_BAN'
  /** A limit on investment into or out of the affected jurisdictions. */
  | 'INVESTMENT_RESTRICTION'
  /** A bar on government purchases from certain suppliers. */
  | 'PROCUREMENT_RESTRICTION';

/** The kinds of record the ledger keeps, each on its own stream. */
export type RecordKind =
  /** The ledger's own signed checkpoints (checkpoint_sealed.v1 events, on one stream). Not a record: no view answers for it. */
  | 'CHECKPOINT'
  /** A designation: a party put on a list. */
  | 'DESIGNATION'
  /** A dialogue mechanism and its meetings. */
  | 'DIALOGUE'
  /** An enforcement action: a review, probe or investigation. */
  | 'ENFORCEMENT'
  /** A link: a relation between two records, with who asserts it. */
  | 'LINK'
  /** A measure: an export control, entity listing, ban or restriction. */
  | 'MEASURE'
  /** A registered source document. */
  | 'SOURCE'
  /** A transaction: a merger, acquisition or investment that may be reviewed. */
  | 'TRANSACTION';

/** Names a record by its kind and its own ID. */
export type RecordRefInput = {
  /** The record's own ID, e.g. US-2022-ACS. */
  id: string | number;
  /** The kind of the record. */
  kind: RecordKind;
};

/** How a review ended. */
export type ReviewOutcome =
  /** The authority cleared the transaction without conditions. */
  | 'CLEARED'
  /** The authority cleared the transaction subject to conditions. */
  | 'CLEARED_WITH_CONDITIONS'
  /** The authority ordered the acquirer to divest what it acquired. */
  | 'DIVESTMENT_ORDERED'
  /** The deal's outside date passed with no decision; the authority never formally decided. */
  | 'NO_DECISION_BY_OUTSIDE_DATE'
  /** The authority prohibited the transaction. */
  | 'PROHIBITED'
  /** The parties withdrew the filing before a decision. */
  | 'WITHDRAWN';

/** How a review started. */
export type ReviewTrigger =
  /** The authority called in a transaction that was not notified. */
  | 'CALL_IN'
  /** The parties notified the authority (a filing). */
  | 'NOTIFICATION'
  /** The authority opened the review of its own accord. */
  | 'OWN_INITIATIVE';

/** A party to screen. */
export type ScreenQuery = {
  /** Its date of birth (or of registration): YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate?: string | null | undefined;
  /** A country of nationality, residence or registration, by name or ISO code. */
  country?: string | null | undefined;
  /** An identifying number: passport, national ID, registration or IMO number. */
  identifier?: string | null | undefined;
  /** Only these lists (e.g. us-ofac-sdn); all when left out. */
  lists?: Array<string | number> | null | undefined;
  /** Its name, as you have it: word order, case, punctuation and diacritics do not matter. */
  name: string;
  /** Only entries under these programs; all when left out. */
  programs?: Array<string> | null | undefined;
  /** Its FollowTheMoney schema, if known: Person, Organization, Company, LegalEntity, Vessel or Airplane. */
  schema?: string | null | undefined;
};

/** How a suspension ended. */
export type SuspensionEndHow =
  /** At its planned end. */
  | 'EXPIRED'
  /** Before its planned end. */
  | 'LIFTED_EARLY'
  /** The measure was reinstated. */
  | 'REINSTATED';

/** The order of a timeline's entries. */
export type TimelineOrder =
  /** As the ledger recorded the events. */
  | 'RECORDED'
  /** By the valid-time date each event is about (validFrom: as corrected at the basis), then as recorded. */
  | 'VALID';

/** What a timeline is about: exactly one of the three. */
export type TimelineSubject = {
  /** Every event of records that involve this jurisdiction (two-letter code). */
  jurisdiction?: string | null | undefined;
  /** Every event that names this party. */
  partyId?: string | number | null | undefined;
  /** Every event of this record. */
  record?: RecordRefInput | null | undefined;
};

/** Where a transaction stands at the valid time: the latest of what happened by then. */
export type TransactionStatus =
  /** A review cleared the transaction without conditions. */
  | 'CLEARED'
  /** A review cleared the transaction subject to conditions. */
  | 'CLEARED_WITH_CONDITIONS'
  /** The deal closed. */
  | 'COMPLETED'
  /** A review ordered the acquirer to divest. */
  | 'DIVESTMENT_ORDERED'
  /** The deal's outside date passed with no decision; the authority never formally decided. */
  | 'NO_DECISION_BY_OUTSIDE_DATE'
  /** Nothing happened yet. */
  | 'PENDING'
  /** A review prohibited the transaction. */
  | 'PROHIBITED'
  /** The parties abandoned the deal. */
  | 'TERMINATED'
  /** A review is open. */
  | 'UNDER_REVIEW'
  /** The parties withdrew the filing before a decision. */
  | 'WITHDRAWN';

export type BasisFieldsFragment = { position: number, validAt: string, publishedBy: string | null };

export type SourceFieldsFragment = { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null };

export type EventFieldsFragment = { position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } };

export type SummaryFieldsFragment = { known: boolean, retracted: boolean, label: string, jurisdiction: string, date: string | null, status: string, ref: { kind: RecordKind, id: string } };

export type LinkFieldsFragment = { id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> };

type RecordFields_Designation_Fragment = { id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> };

type RecordFields_Dialogue_Fragment = { id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> };

type RecordFields_EnforcementAction_Fragment = { id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> };

type RecordFields_Measure_Fragment = { id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> };

type RecordFields_SourceDocument_Fragment = { id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> };

type RecordFields_Transaction_Fragment = { id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> };

export type RecordFieldsFragment =
  | RecordFields_Designation_Fragment
  | RecordFields_Dialogue_Fragment
  | RecordFields_EnforcementAction_Fragment
  | RecordFields_Measure_Fragment
  | RecordFields_SourceDocument_Fragment
  | RecordFields_Transaction_Fragment
;

export type LedgerHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerHeadQuery = { ledger: { head: number, signingKey: { keyId: string } | null } };

export type TreeHeadQueryVariables = Exact<{
  size?: number | null | undefined;
}>;


export type TreeHeadQuery = { treeHead: { size: number, rootHash: string } };

export type MeasuresQueryVariables = Exact<{
  asOf?: AsOf | null | undefined;
  filter?: MeasureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type MeasuresQuery = { measures: { totalCount: number, basis: { position: number, validAt: string, publishedBy: string | null }, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ recordId: string, title: string, status: MeasureStatus, measureType: MeasureType, implementingJurisdiction: string, announcedOn: string, authority: { id: string, name: string }, affected: Array<{ jurisdiction: string, how: AffectedHow }> }> } };

export type DesignationsQueryVariables = Exact<{
  asOf?: AsOf | null | undefined;
  filter?: DesignationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type DesignationsQuery = { designations: { totalCount: number, basis: { position: number, validAt: string, publishedBy: string | null }, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ recordId: string, list: string, listEntryId: string | null, programs: Array<string>, status: DesignationStatus, effectiveOn: string, effectiveNotBefore: string | null, delistedOn: string | null, party: { id: string, name: string, jurisdiction: string | null, schema: string | null } }> } };

export type TransactionsQueryVariables = Exact<{
  asOf?: AsOf | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TransactionsQuery = { transactions: { totalCount: number, basis: { position: number, validAt: string, publishedBy: string | null }, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ recordId: string, title: string, status: TransactionStatus, announcedOn: string, target: { id: string, name: string, jurisdiction: string | null }, acquirers: Array<{ id: string, name: string, jurisdiction: string | null }> }> } };

export type DialoguesQueryVariables = Exact<{
  asOf?: AsOf | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type DialoguesQuery = { dialogues: { totalCount: number, basis: { position: number, validAt: string, publishedBy: string | null }, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ recordId: string, name: string, level: string, establishedOn: string, parties: Array<{ id: string, name: string, jurisdiction: string | null }>, meetings: Array<{ id: string }> }> } };

export type EnforcementActionsQueryVariables = Exact<{
  asOf?: AsOf | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EnforcementActionsQuery = { enforcementActions: { totalCount: number, basis: { position: number, validAt: string, publishedBy: string | null }, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ recordId: string, actionKind: EnforcementKind, openedOn: string, summary: string, closed: boolean, authority: { id: string, name: string, jurisdiction: string } }> } };

export type SearchQueryVariables = Exact<{
  asOf?: AsOf | null | undefined;
  text: string;
  id: string | number;
}>;


export type SearchQuery = { byText: { totalCount: number, basis: { position: number, validAt: string, publishedBy: string | null }, nodes: Array<{ recordId: string, title: string, status: MeasureStatus, announcedOn: string, implementingJurisdiction: string }> }, byItem: { totalCount: number, nodes: Array<{ recordId: string, title: string, status: MeasureStatus, announcedOn: string, implementingJurisdiction: string }> }, byList: { totalCount: number, nodes: Array<{ recordId: string, list: string, status: DesignationStatus, party: { id: string, name: string } }> }, byName: { totalCount: number, nodes: Array<{ recordId: string, list: string, status: DesignationStatus, party: { id: string, name: string } }> }, byParty: { totalCount: number, nodes: Array<{ recordId: string, list: string, status: DesignationStatus, party: { id: string, name: string } }> }, measure: { recordId: string, title: string, status: MeasureStatus } | null, designation: { recordId: string, list: string, status: DesignationStatus, party: { name: string } } | null, transaction: { recordId: string, title: string, status: TransactionStatus } | null, dialogue: { recordId: string, name: string } | null, enforcementAction: { recordId: string, summary: string } | null, source: { recordId: string, title: string, publisher: string } | null, transactions: { nodes: Array<{ recordId: string, title: string, status: TransactionStatus, target: { id: string, name: string }, acquirers: Array<{ id: string, name: string }> }> }, dialogues: { nodes: Array<{ recordId: string, name: string, parties: Array<{ id: string, name: string }> }> }, enforcementActions: { nodes: Array<{ recordId: string, summary: string, targets: Array<{ id: string, name: string }> }> } };

export type MeasureRecordQueryVariables = Exact<{
  id: string | number;
  asOf?: AsOf | null | undefined;
}>;


export type MeasureRecordQuery = { record: { title: string, summary: string, status: MeasureStatus, measureType: MeasureType, implementingJurisdiction: string, countryNeutral: boolean, announcedOn: string, id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, authority: { id: string, name: string, jurisdiction: string }, affected: Array<{ jurisdiction: string, how: AffectedHow }>, items: Array<{ scheme: string, code: string, description: string }>, instrument: { title: string, citation: string, legalBasis: Array<string> }, provisions: Array<{ id: string, title: string, effectiveOn: string | null, endsOn: string | null, status: MeasureStatus, suspension: { id: string, from: string, until: string | null } | null }>, dates: Array<{ kind: string, date: string, precision: string, note: string }>, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }>, amendments: Array<{ id: string, effectiveOn: string, summary: string, endProvisions: Array<string>, instrument: { title: string, citation: string }, addProvisions: Array<{ id: string, title: string, effectiveOn: string | null }> }>, suspensions: Array<{ id: string, provisionIds: Array<string>, from: string, until: string | null, reason: string, end: { endedOn: string, how: SuspensionEndHow, reason: string } | null }>, revocation: { effectiveOn: string, reason: string } | null, expiry: { expiredOn: string, reason: string } | null, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> } | null };

export type DesignationRecordQueryVariables = Exact<{
  id: string | number;
  asOf?: AsOf | null | undefined;
}>;


export type DesignationRecordQuery = { record: { list: string, listEntryId: string | null, programs: Array<string>, remarks: string | null, effectiveNotBefore: string | null, status: DesignationStatus, licenceRequirement: string, reviewPolicy: string, footnotes: Array<string>, savingsClauseUntil: string | null, effectiveOn: string, delistedOn: string | null, measureId: string | null, id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, party: { id: string, name: string, jurisdiction: string | null, schema: string | null, properties: Array<{ name: string, values: Array<string> }> }, amendments: Array<{ amendmentId: string, effectiveOn: string, effectiveNotBefore: string | null, inEffect: boolean, summary: string, changes: Array<{ field: string, old: Array<string>, new: Array<string> }> }>, listAuthority: { id: string, name: string, jurisdiction: string }, instrument: { title: string, citation: string, legalBasis: Array<string> }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }>, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> } | null };

export type TransactionRecordQueryVariables = Exact<{
  id: string | number;
  asOf?: AsOf | null | undefined;
}>;


export type TransactionRecordQuery = { record: { title: string, status: TransactionStatus, announcedOn: string, outsideDate: string | null, id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, acquirers: Array<{ id: string, name: string, jurisdiction: string | null }>, target: { id: string, name: string, jurisdiction: string | null }, value: { amount: number, currency: string } | null, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }>, reviews: Array<{ id: string, regime: string, trigger: ReviewTrigger | null, openedOn: string | null, outcome: ReviewOutcome | null, concludedOn: string | null, conditions: Array<string>, summary: string, authority: { id: string, name: string, jurisdiction: string } }>, termination: { terminatedOn: string, reason: string } | null, completion: { completedOn: string } | null, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> } | null };

export type DialogueRecordQueryVariables = Exact<{
  id: string | number;
  asOf?: AsOf | null | undefined;
}>;


export type DialogueRecordQuery = { record: { name: string, level: string, cadence: string, purpose: string, establishedOn: string, id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, parties: Array<{ id: string, name: string, jurisdiction: string | null }>, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }>, meetings: Array<{ id: string, title: string, heldOn: string, place: string, level: string, outcomes: Array<string>, participants: Array<{ name: string, role: string, jurisdiction: string | null }>, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> } | null };

export type EnforcementRecordQueryVariables = Exact<{
  id: string | number;
  asOf?: AsOf | null | undefined;
}>;


export type EnforcementRecordQuery = { record: { actionKind: EnforcementKind, openedOn: string, summary: string, closed: boolean, legalBasis: Array<string>, id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, authority: { id: string, name: string, jurisdiction: string }, targets: Array<{ id: string, name: string, jurisdiction: string | null }>, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }>, findings: Array<{ id: string, issuedOn: string, outcome: FindingOutcome, final: boolean, summary: string }>, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> } | null };

export type SourceRecordQueryVariables = Exact<{
  id: string | number;
  asOf?: AsOf | null | undefined;
}>;


export type SourceRecordQuery = { record: { title: string, publisher: string, citation: string, url: string | null, official: boolean, language: string, sha256: string, publishedOn: string | null, id: string, recordId: string, kind: RecordKind, version: number, knownSince: number, basis: { position: number, validAt: string, publishedBy: string | null }, history: Array<{ position: number, eventId: string, type: string, stream: string, version: number, recordedAt: string, actor: string, command: string, data: string, hash: string, subject: { kind: RecordKind, id: string } }>, corrections: Array<{ id: string, eventId: string, field: string, oldValue: unknown, newValue: unknown, reason: string, evidence: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, retraction: { id: string, eventId: string | null, reason: string, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> } | null, sourceConflicts: Array<{ id: string, field: string, followed: number, note: string, claims: Array<{ value: string, source: { sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null } }> }>, outgoingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }>, incomingLinks: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, knownSince: number, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string }, sources: Array<{ sourceId: string | null, citation: string, title: string, publisher: string, url: string | null, official: boolean, publishedOn: string | null }> }> } | null };

export type StatusAtQueryVariables = Exact<{
  kind: RecordKind;
  id: string | number;
  asOf?: AsOf | null | undefined;
}>;


export type StatusAtQuery = { timeline: { nodes: Array<{ validFrom: string | null, validUntil: string | null, event: { type: string } }> } };

export type SummaryAtQueryVariables = Exact<{
  id: string | number;
  asOf?: AsOf | null | undefined;
}>;


export type SummaryAtQuery = { measure: { status: MeasureStatus } | null, designation: { status: DesignationStatus } | null, transaction: { status: TransactionStatus } | null, enforcementAction: { closed: boolean } | null };

export type EventProofQueryVariables = Exact<{
  kind: RecordKind;
  id: string | number;
  position: number;
  treeSize?: number | null | undefined;
}>;


export type EventProofQuery = { auditTrail: { entries: Array<{ event: { position: number, hash: string, inclusionProof: { leafIndex: number, treeSize: number, leafHash: string, rootHash: string, path: Array<string> } } }> }, treeHead: { size: number, rootHash: string } };

export type TimelineQueryVariables = Exact<{
  subject: TimelineSubject;
  order?: TimelineOrder | null | undefined;
  asOf?: AsOf | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, basis: { position: number, validAt: string, publishedBy: string | null }, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ validFrom: string | null, validUntil: string | null, correctedAt: Array<number>, retractedAt: number | null, record: { kind: RecordKind, id: string }, event: { position: number, type: string, recordedAt: string, actor: string, command: string, data: string } }> } };

export type DiffQueryVariables = Exact<{
  from: AsOf;
  to: AsOf;
}>;


export type DiffQuery = { diff: { fromBasis: { position: number, validAt: string, publishedBy: string | null }, toBasis: { position: number, validAt: string, publishedBy: string | null }, changes: Array<{ what: Array<string>, statusBefore: string, statusAfter: string, record: { known: boolean, retracted: boolean, label: string, jurisdiction: string, date: string | null, status: string, ref: { kind: RecordKind, id: string } } }> } };

export type RetaliationGraphQueryVariables = Exact<{
  record: RecordRefInput;
  depth?: number | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type RetaliationGraphQuery = { retaliationGraph: { truncated: boolean, basis: { position: number, validAt: string, publishedBy: string | null }, root: { kind: RecordKind, id: string }, nodes: Array<{ depth: number, record: { known: boolean, retracted: boolean, label: string, jurisdiction: string, date: string | null, status: string, ref: { kind: RecordKind, id: string } } }>, edges: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string } }> } };

export type EscalationQueryVariables = Exact<{
  a: string;
  b: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: AsOf | null | undefined;
}>;


export type EscalationQuery = { escalationChain: { basis: { position: number, validAt: string, publishedBy: string | null }, steps: Array<{ by: string, against: string, measure: { known: boolean, retracted: boolean, label: string, jurisdiction: string, date: string | null, status: string, ref: { kind: RecordKind, id: string } }, answers: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string } }> }>, links: Array<{ id: string, relation: LinkRelation, assertedBy: LinkAsserter, evidence: string, fromRef: { kind: RecordKind, id: string }, toRef: { kind: RecordKind, id: string } }> } };

export type LiveEventsSubscriptionVariables = Exact<{
  after?: number | null | undefined;
}>;


export type LiveEventsSubscription = { ledgerEvents: { position: number, type: string, recordedAt: string, actor: string, subject: { kind: RecordKind, id: string } } };

export type ListsQueryVariables = Exact<{
  asOf?: AsOf | null | undefined;
}>;


export type ListsQuery = { lists: Array<{ list: string, snapshots: number, publishedAt: string, ageSeconds: number, listed: number, basis: { position: number, validAt: string, publishedBy: string | null }, lastSnapshot: { recordId: string, title: string, sha256: string } }> };

export type ListDeltaQueryVariables = Exact<{
  list: string | number;
  from: AsOf;
  to: AsOf;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListDeltaQuery = { listDelta: { totalCount: number, from: { position: number, validAt: string, publishedBy: string | null }, to: { position: number, validAt: string, publishedBy: string | null }, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ op: ListChangeOp, designation: { recordId: string, listEntryId: string | null, party: { id: string, name: string } }, changes: Array<{ field: string, old: Array<string>, new: Array<string> }> }> } };

export type ScreenPartyQueryVariables = Exact<{
  query: ScreenQuery;
  asOf?: AsOf | null | undefined;
  threshold?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ScreenPartyQuery = { screen: { name: string, threshold: number, basis: { position: number, validAt: string, publishedBy: string | null }, candidates: Array<{ score: number, nameScore: number, matchedName: string, nameKind: string, how: string, agreed: Array<{ name: string, query: string, record: string }>, conflicted: Array<{ name: string, query: string, record: string }>, designation: { recordId: string, list: string, status: DesignationStatus, effectiveOn: string, delistedOn: string | null, programs: Array<string>, party: { id: string, name: string, schema: string | null } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment SummaryFields on RecordSummary {
  ref {
    kind
    id
  }
  known
  retracted
  label
  jurisdiction
  date
  status
}
    `, {"fragmentName":"SummaryFields"}) as unknown as TypedDocumentString<SummaryFieldsFragment, unknown>;
export const BasisFieldsFragmentDoc = new TypedDocumentString(`
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
    `, {"fragmentName":"BasisFields"}) as unknown as TypedDocumentString<BasisFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
    `, {"fragmentName":"EventFields"}) as unknown as TypedDocumentString<EventFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const LinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}`, {"fragmentName":"LinkFields"}) as unknown as TypedDocumentString<LinkFieldsFragment, unknown>;
export const RecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}`, {"fragmentName":"RecordFields"}) as unknown as TypedDocumentString<RecordFieldsFragment, unknown>;
export const LedgerHeadDocument = new TypedDocumentString(`
    query LedgerHead {
  ledger {
    head
    signingKey {
      keyId
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerHeadQuery, LedgerHeadQueryVariables>;
export const TreeHeadDocument = new TypedDocumentString(`
    query TreeHead($size: Int) {
  treeHead(size: $size) {
    size
    rootHash
  }
}
    `) as unknown as TypedDocumentString<TreeHeadQuery, TreeHeadQueryVariables>;
export const MeasuresDocument = new TypedDocumentString(`
    query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {
  measures(
    asOf: $asOf
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      title
      status
      measureType
      implementingJurisdiction
      announcedOn
      authority {
        id
        name
      }
      affected {
        jurisdiction
        how
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<MeasuresQuery, MeasuresQueryVariables>;
export const DesignationsDocument = new TypedDocumentString(`
    query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {
  designations(
    asOf: $asOf
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      party {
        id
        name
        jurisdiction
        schema
      }
      list
      listEntryId
      programs
      status
      effectiveOn
      effectiveNotBefore
      delistedOn
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<DesignationsQuery, DesignationsQueryVariables>;
export const TransactionsDocument = new TypedDocumentString(`
    query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
  transactions(
    asOf: $asOf
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      title
      status
      announcedOn
      target {
        id
        name
        jurisdiction
      }
      acquirers {
        id
        name
        jurisdiction
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<TransactionsQuery, TransactionsQueryVariables>;
export const DialoguesDocument = new TypedDocumentString(`
    query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
  dialogues(
    asOf: $asOf
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      name
      level
      establishedOn
      parties {
        id
        name
        jurisdiction
      }
      meetings {
        id
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<DialoguesQuery, DialoguesQueryVariables>;
export const EnforcementActionsDocument = new TypedDocumentString(`
    query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
  enforcementActions(
    asOf: $asOf
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      actionKind
      openedOn
      summary
      closed
      authority {
        id
        name
        jurisdiction
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<EnforcementActionsQuery, EnforcementActionsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($asOf: AsOf, $text: String!, $id: ID!) {
  byText: measures(asOf: $asOf, filter: {text: $text}, first: 25) {
    totalCount
    basis {
      ...BasisFields
    }
    nodes {
      recordId
      title
      status
      announcedOn
      implementingJurisdiction
    }
  }
  byItem: measures(asOf: $asOf, filter: {item: $text}, first: 25) {
    totalCount
    nodes {
      recordId
      title
      status
      announcedOn
      implementingJurisdiction
    }
  }
  byList: designations(asOf: $asOf, filter: {list: $text}, first: 25) {
    totalCount
    nodes {
      recordId
      list
      status
      party {
        id
        name
      }
    }
  }
  byName: designations(asOf: $asOf, filter: {name: $text}, first: 25) {
    totalCount
    nodes {
      recordId
      list
      status
      party {
        id
        name
      }
    }
  }
  byParty: designations(asOf: $asOf, filter: {partyId: $id}, first: 25) {
    totalCount
    nodes {
      recordId
      list
      status
      party {
        id
        name
      }
    }
  }
  measure(recordId: $id, asOf: $asOf) {
    recordId
    title
    status
  }
  designation(recordId: $id, asOf: $asOf) {
    recordId
    list
    status
    party {
      name
    }
  }
  transaction(recordId: $id, asOf: $asOf) {
    recordId
    title
    status
  }
  dialogue(recordId: $id, asOf: $asOf) {
    recordId
    name
  }
  enforcementAction(recordId: $id, asOf: $asOf) {
    recordId
    summary
  }
  source(recordId: $id, asOf: $asOf) {
    recordId
    title
    publisher
  }
  transactions(asOf: $asOf, first: 100) {
    nodes {
      recordId
      title
      status
      target {
        id
        name
      }
      acquirers {
        id
        name
      }
    }
  }
  dialogues(asOf: $asOf, first: 100) {
    nodes {
      recordId
      name
      parties {
        id
        name
      }
    }
  }
  enforcementActions(asOf: $asOf, first: 100) {
    nodes {
      recordId
      summary
      targets {
        id
        name
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const MeasureRecordDocument = new TypedDocumentString(`
    query MeasureRecord($id: ID!, $asOf: AsOf) {
  record: measure(recordId: $id, asOf: $asOf) {
    ...RecordFields
    title
    summary
    status
    measureType
    implementingJurisdiction
    countryNeutral
    announcedOn
    authority {
      id
      name
      jurisdiction
    }
    affected {
      jurisdiction
      how
    }
    items {
      scheme
      code
      description
    }
    instrument {
      title
      citation
      legalBasis
    }
    provisions {
      id
      title
      effectiveOn
      endsOn
      status
      suspension {
        id
        from
        until
      }
    }
    dates {
      kind
      date
      precision
      note
    }
    sources {
      ...SourceFields
    }
    amendments {
      id
      effectiveOn
      summary
      instrument {
        title
        citation
      }
      endProvisions
      addProvisions {
        id
        title
        effectiveOn
      }
    }
    suspensions {
      id
      provisionIds
      from
      until
      reason
      end {
        endedOn
        how
        reason
      }
    }
    revocation {
      effectiveOn
      reason
    }
    expiry {
      expiredOn
      reason
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`) as unknown as TypedDocumentString<MeasureRecordQuery, MeasureRecordQueryVariables>;
export const DesignationRecordDocument = new TypedDocumentString(`
    query DesignationRecord($id: ID!, $asOf: AsOf) {
  record: designation(recordId: $id, asOf: $asOf) {
    ...RecordFields
    party {
      id
      name
      jurisdiction
      schema
      properties {
        name
        values
      }
    }
    list
    listEntryId
    programs
    remarks
    effectiveNotBefore
    amendments {
      amendmentId
      effectiveOn
      effectiveNotBefore
      inEffect
      summary
      changes {
        field
        old
        new
      }
    }
    listAuthority {
      id
      name
      jurisdiction
    }
    status
    licenceRequirement
    reviewPolicy
    footnotes
    savingsClauseUntil
    effectiveOn
    delistedOn
    measureId
    instrument {
      title
      citation
      legalBasis
    }
    sources {
      ...SourceFields
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`) as unknown as TypedDocumentString<DesignationRecordQuery, DesignationRecordQueryVariables>;
export const TransactionRecordDocument = new TypedDocumentString(`
    query TransactionRecord($id: ID!, $asOf: AsOf) {
  record: transaction(recordId: $id, asOf: $asOf) {
    ...RecordFields
    title
    status
    announcedOn
    outsideDate
    acquirers {
      id
      name
      jurisdiction
    }
    target {
      id
      name
      jurisdiction
    }
    value {
      amount
      currency
    }
    sources {
      ...SourceFields
    }
    reviews {
      id
      regime
      trigger
      openedOn
      outcome
      concludedOn
      conditions
      summary
      authority {
        id
        name
        jurisdiction
      }
    }
    termination {
      terminatedOn
      reason
    }
    completion {
      completedOn
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`) as unknown as TypedDocumentString<TransactionRecordQuery, TransactionRecordQueryVariables>;
export const DialogueRecordDocument = new TypedDocumentString(`
    query DialogueRecord($id: ID!, $asOf: AsOf) {
  record: dialogue(recordId: $id, asOf: $asOf) {
    ...RecordFields
    name
    level
    cadence
    purpose
    establishedOn
    parties {
      id
      name
      jurisdiction
    }
    sources {
      ...SourceFields
    }
    meetings {
      id
      title
      heldOn
      place
      level
      outcomes
      participants {
        name
        role
        jurisdiction
      }
      sources {
        ...SourceFields
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`) as unknown as TypedDocumentString<DialogueRecordQuery, DialogueRecordQueryVariables>;
export const EnforcementRecordDocument = new TypedDocumentString(`
    query EnforcementRecord($id: ID!, $asOf: AsOf) {
  record: enforcementAction(recordId: $id, asOf: $asOf) {
    ...RecordFields
    actionKind
    openedOn
    summary
    closed
    legalBasis
    authority {
      id
      name
      jurisdiction
    }
    targets {
      id
      name
      jurisdiction
    }
    sources {
      ...SourceFields
    }
    findings {
      id
      issuedOn
      outcome
      final
      summary
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`) as unknown as TypedDocumentString<EnforcementRecordQuery, EnforcementRecordQueryVariables>;
export const SourceRecordDocument = new TypedDocumentString(`
    query SourceRecord($id: ID!, $asOf: AsOf) {
  record: source(recordId: $id, asOf: $asOf) {
    ...RecordFields
    title
    publisher
    citation
    url
    official
    language
    sha256
    publishedOn
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`) as unknown as TypedDocumentString<SourceRecordQuery, SourceRecordQueryVariables>;
export const StatusAtDocument = new TypedDocumentString(`
    query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {
  timeline(
    subject: {record: {kind: $kind, id: $id}}
    order: VALID
    asOf: $asOf
    first: 100
  ) {
    nodes {
      validFrom
      validUntil
      event {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatusAtQuery, StatusAtQueryVariables>;
export const SummaryAtDocument = new TypedDocumentString(`
    query SummaryAt($id: ID!, $asOf: AsOf) {
  measure(recordId: $id, asOf: $asOf) {
    status
  }
  designation(recordId: $id, asOf: $asOf) {
    status
  }
  transaction(recordId: $id, asOf: $asOf) {
    status
  }
  enforcementAction(recordId: $id, asOf: $asOf) {
    closed
  }
}
    `) as unknown as TypedDocumentString<SummaryAtQuery, SummaryAtQueryVariables>;
export const EventProofDocument = new TypedDocumentString(`
    query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {
  auditTrail(record: {kind: $kind, id: $id}, asOf: {position: $position}) {
    entries {
      event {
        position
        hash
        inclusionProof(treeSize: $treeSize) {
          leafIndex
          treeSize
          leafHash
          rootHash
          path
        }
      }
    }
  }
  treeHead(size: $treeSize) {
    size
    rootHash
  }
}
    `) as unknown as TypedDocumentString<EventProofQuery, EventProofQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {
  timeline(
    subject: $subject
    order: $order
    asOf: $asOf
    first: $first
    after: $after
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      record {
        kind
        id
      }
      validFrom
      validUntil
      correctedAt
      retractedAt
      event {
        position
        type
        recordedAt
        actor
        command
        data
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const DiffDocument = new TypedDocumentString(`
    query Diff($from: AsOf!, $to: AsOf!) {
  diff(from: $from, to: $to) {
    fromBasis {
      ...BasisFields
    }
    toBasis {
      ...BasisFields
    }
    changes {
      record {
        ...SummaryFields
      }
      what
      statusBefore
      statusAfter
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SummaryFields on RecordSummary {
  ref {
    kind
    id
  }
  known
  retracted
  label
  jurisdiction
  date
  status
}`) as unknown as TypedDocumentString<DiffQuery, DiffQueryVariables>;
export const RetaliationGraphDocument = new TypedDocumentString(`
    query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {
  retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {
    basis {
      ...BasisFields
    }
    root {
      kind
      id
    }
    truncated
    nodes {
      depth
      record {
        ...SummaryFields
      }
    }
    edges {
      id
      relation
      assertedBy
      evidence
      fromRef {
        kind
        id
      }
      toRef {
        kind
        id
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SummaryFields on RecordSummary {
  ref {
    kind
    id
  }
  known
  retracted
  label
  jurisdiction
  date
  status
}`) as unknown as TypedDocumentString<RetaliationGraphQuery, RetaliationGraphQueryVariables>;
export const EscalationDocument = new TypedDocumentString(`
    query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {
  escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {
    basis {
      ...BasisFields
    }
    steps {
      by
      against
      measure {
        ...SummaryFields
      }
      answers {
        id
        relation
        assertedBy
        fromRef {
          kind
          id
        }
        toRef {
          kind
          id
        }
      }
    }
    links {
      id
      relation
      assertedBy
      evidence
      fromRef {
        kind
        id
      }
      toRef {
        kind
        id
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SummaryFields on RecordSummary {
  ref {
    kind
    id
  }
  known
  retracted
  label
  jurisdiction
  date
  status
}`) as unknown as TypedDocumentString<EscalationQuery, EscalationQueryVariables>;
export const LiveEventsDocument = new TypedDocumentString(`
    subscription LiveEvents($after: Int) {
  ledgerEvents(after: $after) {
    position
    type
    recordedAt
    actor
    subject {
      kind
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
export const ListsDocument = new TypedDocumentString(`
    query Lists($asOf: AsOf) {
  lists(asOf: $asOf) {
    list
    basis {
      ...BasisFields
    }
    snapshots
    publishedAt
    ageSeconds
    listed
    lastSnapshot {
      recordId
      title
      sha256
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<ListsQuery, ListsQueryVariables>;
export const ListDeltaDocument = new TypedDocumentString(`
    query ListDelta($list: ID!, $from: AsOf!, $to: AsOf!, $first: Int, $after: String) {
  listDelta(list: $list, from: $from, to: $to, first: $first, after: $after) {
    from {
      ...BasisFields
    }
    to {
      ...BasisFields
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      op
      designation {
        recordId
        listEntryId
        party {
          id
          name
        }
      }
      changes {
        field
        old
        new
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<ListDeltaQuery, ListDeltaQueryVariables>;
export const ScreenPartyDocument = new TypedDocumentString(`
    query ScreenParty($query: ScreenQuery!, $asOf: AsOf, $threshold: Float, $first: Int) {
  screen(query: $query, asOf: $asOf, threshold: $threshold, first: $first) {
    basis {
      ...BasisFields
    }
    name
    threshold
    candidates {
      score
      nameScore
      matchedName
      nameKind
      how
      agreed {
        name
        query
        record
      }
      conflicted {
        name
        query
        record
      }
      designation {
        recordId
        list
        status
        effectiveOn
        delistedOn
        programs
        party {
          id
          name
          schema
        }
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`) as unknown as TypedDocumentString<ScreenPartyQuery, ScreenPartyQueryVariables>;
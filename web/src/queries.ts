// Every operation the Explorer sends. GraphQL Code Generator reads this file
// and types each document (src/gql/); nothing else talks to the API.
import { graphql } from './gql';

export const BasisFields = graphql(`
  fragment BasisFields on Basis {
    position
    validAt
    publishedBy
  }
`);

export const SourceFields = graphql(`
  fragment SourceFields on Source {
    sourceId
    citation
    title
    publisher
    url
    official
    publishedOn
  }
`);

export const EventFields = graphql(`
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
    subject { kind id }
  }
`);

export const SummaryFields = graphql(`
  fragment SummaryFields on RecordSummary {
    ref { kind id }
    known
    retracted
    label
    jurisdiction
    date
    status
  }
`);

export const LinkFields = graphql(`
  fragment LinkFields on Link {
    id
    relation
    assertedBy
    evidence
    knownSince
    fromRef { kind id }
    toRef { kind id }
    sources { ...SourceFields }
  }
`);

export const RecordFields = graphql(`
  fragment RecordFields on Record {
    id
    recordId
    kind
    version
    knownSince
    basis { ...BasisFields }
    history { ...EventFields }
    corrections { id eventId field oldValue newValue reason evidence sources { ...SourceFields } }
    retraction { id eventId reason sources { ...SourceFields } }
    sourceConflicts { id field followed note claims { value source { ...SourceFields } } }
    outgoingLinks { ...LinkFields }
    incomingLinks { ...LinkFields }
  }
`);

export const LedgerHead = graphql(`
  query LedgerHead {
    ledger { head signingKey { keyId } }
  }
`);

export const TreeHeadQuery = graphql(`
  query TreeHead($size: Int) {
    treeHead(size: $size) { size rootHash }
  }
`);

export const MeasuresQuery = graphql(`
  query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {
    measures(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        title
        status
        measureType
        implementingJurisdiction
        announcedOn
        authority { id name }
        affected { jurisdiction how }
      }
    }
  }
`);

export const DesignationsQuery = graphql(`
  query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {
    designations(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        party { id name jurisdiction schema }
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
`);

export const TransactionsQuery = graphql(`
  query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    transactions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        title
        status
        announcedOn
        target { id name jurisdiction }
        acquirers { id name jurisdiction }
      }
    }
  }
`);

export const DialoguesQuery = graphql(`
  query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    dialogues(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        name
        level
        establishedOn
        parties { id name jurisdiction }
        meetings { id }
      }
    }
  }
`);

export const EnforcementActionsQuery = graphql(`
  query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    enforcementActions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        actionKind
        openedOn
        summary
        closed
        authority { id name jurisdiction }
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($asOf: AsOf, $text: String!, $id: ID!) {
    byText: measures(asOf: $asOf, filter: { text: $text }, first: 25) {
      totalCount
      basis { ...BasisFields }
      nodes { recordId title status announcedOn implementingJurisdiction }
    }
    byItem: measures(asOf: $asOf, filter: { item: $text }, first: 25) {
      totalCount
      nodes { recordId title status announcedOn implementingJurisdiction }
    }
    byList: designations(asOf: $asOf, filter: { list: $text }, first: 25) {
      totalCount
      nodes { recordId list status party { id name } }
    }
    byName: designations(asOf: $asOf, filter: { name: $text }, first: 25) {
      totalCount
      nodes { recordId list status party { id name } }
    }
    byParty: designations(asOf: $asOf, filter: { partyId: $id }, first: 25) {
      totalCount
      nodes { recordId list status party { id name } }
    }
    measure(recordId: $id, asOf: $asOf) { recordId title status }
    designation(recordId: $id, asOf: $asOf) { recordId list status party { name } }
    transaction(recordId: $id, asOf: $asOf) { recordId title status }
    dialogue(recordId: $id, asOf: $asOf) { recordId name }
    enforcementAction(recordId: $id, asOf: $asOf) { recordId summary }
    source(recordId: $id, asOf: $asOf) { recordId title publisher }
    transactions(asOf: $asOf, first: 100) {
      nodes { recordId title status target { id name } acquirers { id name } }
    }
    dialogues(asOf: $asOf, first: 100) {
      nodes { recordId name parties { id name } }
    }
    enforcementActions(asOf: $asOf, first: 100) {
      nodes { recordId summary targets { id name } }
    }
  }
`);

export const MeasureRecord = graphql(`
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
      authority { id name jurisdiction }
      affected { jurisdiction how }
      items { scheme code description }
      instrument { title citation legalBasis }
      provisions { id title effectiveOn endsOn status suspension { id from until } }
      dates { kind date precision note }
      sources { ...SourceFields }
      amendments {
        id
        effectiveOn
        summary
        instrument { title citation }
        endProvisions
        addProvisions { id title effectiveOn }
      }
      suspensions { id provisionIds from until reason end { endedOn how reason } }
      revocation { effectiveOn reason }
      expiry { expiredOn reason }
    }
  }
`);

export const DesignationRecord = graphql(`
  query DesignationRecord($id: ID!, $asOf: AsOf) {
    record: designation(recordId: $id, asOf: $asOf) {
      ...RecordFields
      party { id name jurisdiction schema properties { name values } }
      list
      listEntryId
      programs
      remarks
      effectiveNotBefore
      amendments { amendmentId effectiveOn effectiveNotBefore inEffect summary changes { field old new } }
      listAuthority { id name jurisdiction }
      status
      licenceRequirement
      reviewPolicy
      footnotes
      savingsClauseUntil
      effectiveOn
      delistedOn
      measureId
      instrument { title citation legalBasis }
      sources { ...SourceFields }
    }
  }
`);

export const TransactionRecord = graphql(`
  query TransactionRecord($id: ID!, $asOf: AsOf) {
    record: transaction(recordId: $id, asOf: $asOf) {
      ...RecordFields
      title
      status
      announcedOn
      outsideDate
      acquirers { id name jurisdiction }
      target { id name jurisdiction }
      value { amount currency }
      sources { ...SourceFields }
      reviews {
        id
        regime
        trigger
        openedOn
        outcome
        concludedOn
        conditions
        summary
        authority { id name jurisdiction }
      }
      termination { terminatedOn reason }
      completion { completedOn }
    }
  }
`);

export const DialogueRecord = graphql(`
  query DialogueRecord($id: ID!, $asOf: AsOf) {
    record: dialogue(recordId: $id, asOf: $asOf) {
      ...RecordFields
      name
      level
      cadence
      purpose
      establishedOn
      parties { id name jurisdiction }
      sources { ...SourceFields }
      meetings {
        id
        title
        heldOn
        place
        level
        outcomes
        participants { name role jurisdiction }
        sources { ...SourceFields }
      }
    }
  }
`);

export const EnforcementRecord = graphql(`
  query EnforcementRecord($id: ID!, $asOf: AsOf) {
    record: enforcementAction(recordId: $id, asOf: $asOf) {
      ...RecordFields
      actionKind
      openedOn
      summary
      closed
      legalBasis
      authority { id name jurisdiction }
      targets { id name jurisdiction }
      sources { ...SourceFields }
      findings { id issuedOn outcome final summary }
    }
  }
`);

export const SourceRecord = graphql(`
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
`);

export const StatusAt = graphql(`
  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {
    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {
      nodes { validFrom validUntil event { type } }
    }
  }
`);

export const SummaryAt = graphql(`
  query SummaryAt($id: ID!, $asOf: AsOf) {
    measure(recordId: $id, asOf: $asOf) { status }
    designation(recordId: $id, asOf: $asOf) { status }
    transaction(recordId: $id, asOf: $asOf) { status }
    enforcementAction(recordId: $id, asOf: $asOf) { closed }
  }
`);

export const EventProof = graphql(`
  query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {
    auditTrail(record: { kind: $kind, id: $id }, asOf: { position: $position }) {
      entries {
        event {
          position
          hash
          inclusionProof(treeSize: $treeSize) { leafIndex treeSize leafHash rootHash path }
        }
      }
    }
    treeHead(size: $treeSize) { size rootHash }
  }
`);

export const TimelineQuery = graphql(`
  query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {
    timeline(subject: $subject, order: $order, asOf: $asOf, first: $first, after: $after) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage endCursor }
      nodes {
        record { kind id }
        validFrom
        validUntil
        correctedAt
        retractedAt
        event { position type recordedAt actor command data }
      }
    }
  }
`);

export const DiffQuery = graphql(`
  query Diff($from: AsOf!, $to: AsOf!) {
    diff(from: $from, to: $to) {
      fromBasis { ...BasisFields }
      toBasis { ...BasisFields }
      changes {
        record { ...SummaryFields }
        what
        statusBefore
        statusAfter
      }
    }
  }
`);

export const GraphQuery = graphql(`
  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {
    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {
      basis { ...BasisFields }
      root { kind id }
      truncated
      nodes { depth record { ...SummaryFields } }
      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }
    }
  }
`);

export const EscalationQuery = graphql(`
  query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {
    escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {
      basis { ...BasisFields }
      steps {
        by
        against
        measure { ...SummaryFields }
        answers { id relation assertedBy fromRef { kind id } toRef { kind id } }
      }
      links { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }
    }
  }
`);

export const LiveEvents = graphql(`
  subscription LiveEvents($after: Int) {
    ledgerEvents(after: $after) {
      position
      type
      recordedAt
      actor
      subject { kind id }
    }
  }
`);

export const ListsQuery = graphql(`
  query Lists($asOf: AsOf) {
    lists(asOf: $asOf) {
      list
      basis { ...BasisFields }
      snapshots
      publishedAt
      ageSeconds
      listed
      lastSnapshot { recordId title sha256 }
    }
  }
`);

export const ListDeltaQuery = graphql(`
  query ListDelta($list: ID!, $from: AsOf!, $to: AsOf!, $first: Int, $after: String) {
    listDelta(list: $list, from: $from, to: $to, first: $first, after: $after) {
      from { ...BasisFields }
      to { ...BasisFields }
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        op
        designation { recordId listEntryId party { id name } }
        changes { field old new }
      }
    }
  }
`);

export const ScreenDoc = graphql(`
  query ScreenParty($query: ScreenQuery!, $asOf: AsOf, $threshold: Float, $first: Int) {
    screen(query: $query, asOf: $asOf, threshold: $threshold, first: $first) {
      basis { ...BasisFields }
      name
      threshold
      candidates {
        score
        nameScore
        matchedName
        nameKind
        how
        agreed { name query record }
        conflicted { name query record }
        designation { recordId list status effectiveOn delistedOn programs party { id name schema } }
      }
    }
  }
`);

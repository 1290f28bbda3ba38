package domain

import (
	"encoding/json"
	"fmt"

	gojson "github.com/goccy/go-json"
)

// Event is a recorded fact. Its type name is frozen once written: the JSON
// names of its fields are never renamed or given another meaning. Adding an
// optional field is compatible (older events decode without it); anything
// else is a new version with an upcaster from the old one.
type Event interface {
	// EventType returns the stored, versioned type name.
	EventType() string
	// Subject names the record whose stream the event belongs to.
	Subject() Ref
}

// Stored event type names. Never change one: a new shape is a new version.
const (
	TypeMeasureAnnounced      = "measure_announced.v1"
	TypeProvisionEffective    = "provision_effective.v1"
	TypeMeasureAmended        = "measure_amended.v1"
	TypeMeasureSuspended      = "measure_suspended.v1"
	TypeSuspensionEnded       = "suspension_ended.v1"
	TypeMeasureRevoked        = "measure_revoked.v1"
	TypeMeasureExpired        = "measure_expired.v1"
	TypePartyDesignated       = "party_designated.v1"
	TypeDesignationAmended    = "designation_amended.v1"
	TypePartyDelisted         = "party_delisted.v1"
	TypeTransactionAnnounced  = "transaction_announced.v1"
	TypeReviewOpened          = "review_opened.v1"
	TypeReviewConcluded       = "review_concluded.v2"
	TypeTransactionTerminated = "transaction_terminated.v1"
	TypeTransactionCompleted  = "transaction_completed.v1"
	TypeEnforcementOpened     = "enforcement_action_opened.v1"
	TypeEnforcementFinding    = "enforcement_finding_issued.v1"
	TypeDialogueEstablished   = "dialogue_established.v1"
	TypeMeetingHeld           = "meeting_held.v1"
	TypeMeasuresLinked        = "measures_linked.v2"
	TypeLinkRetracted         = "link_retracted.v1"
	TypeRecordCorrected       = "record_corrected.v1"
	TypeRecordRetracted       = "record_retracted.v1"
	TypeSourceConflictNoted   = "source_conflict_noted.v1"
	TypeSourceRegistered      = "source_document_registered.v1"

	// Superseded versions, decoded through their upcasters.
	TypeMeasuresLinkedV1  = "measures_linked.v1"
	TypeReviewConcludedV1 = "review_concluded.v1"
)

// decoders maps each current type name to a function decoding its payload.
var decoders = map[string]func([]byte) (Event, error){
	TypeMeasureAnnounced:      decoderOf[MeasureAnnounced](),
	TypeProvisionEffective:    decoderOf[ProvisionEffective](),
	TypeMeasureAmended:        decoderOf[MeasureAmended](),
	TypeMeasureSuspended:      decoderOf[MeasureSuspended](),
	TypeSuspensionEnded:       decoderOf[SuspensionEnded](),
	TypeMeasureRevoked:        decoderOf[MeasureRevoked](),
	TypeMeasureExpired:        decoderOf[MeasureExpired](),
	TypePartyDesignated:       decoderOf[PartyDesignated](),
	TypeDesignationAmended:    decoderOf[DesignationAmended](),
	TypePartyDelisted:         decoderOf[PartyDelisted](),
	TypeTransactionAnnounced:  decoderOf[TransactionAnnounced](),
	TypeReviewOpened:          decoderOf[ReviewOpened](),
	TypeReviewConcluded:       decoderOf[ReviewConcluded](),
	TypeTransactionTerminated: decoderOf[TransactionTerminated](),
	TypeTransactionCompleted:  decoderOf[TransactionCompleted](),
	TypeEnforcementOpened:     decoderOf[EnforcementActionOpened](),
	TypeEnforcementFinding:    decoderOf[EnforcementFindingIssued](),
	TypeDialogueEstablished:   decoderOf[DialogueEstablished](),
	TypeMeetingHeld:           decoderOf[MeetingHeld](),
	TypeMeasuresLinked:        decoderOf[MeasuresLinked](),
	TypeLinkRetracted:         decoderOf[LinkRetracted](),
	TypeRecordCorrected:       decoderOf[RecordCorrected](),
	TypeRecordRetracted:       decoderOf[RecordRetracted](),
	TypeSourceConflictNoted:   decoderOf[SourceConflictNoted](),
	TypeSourceRegistered:      decoderOf[SourceDocumentRegistered](),
	TypeCheckpointSealed:      decoderOf[CheckpointSealed](),
}

// upcasters turn the payload of a superseded type into the payload of its
// successor. Decode follows them until it reaches a current type.
var upcasters = map[string]func([]byte) (string, []byte, error){
	TypeMeasuresLinkedV1:  upcastMeasuresLinkedV1,
	TypeReviewConcludedV1: upcastReviewConcludedV1,
}

// decoderOf returns the decoder of the payloads of T (json.go).
func decoderOf[T Event]() func([]byte) (Event, error) {
	return func(data []byte) (Event, error) {
		var ev T
		if err := decodeFirst(data, &ev); err != nil {
			return nil, err
		}
		return ev, nil
	}
}

// EventTypes returns every current type name the domain decodes.
func EventTypes() []string {
	out := make([]string, 0, len(decoders))
	for t := range decoders {
		out = append(out, t)
	}
	return out
}

// SupersededTypes returns the type names that Decode upcasts.
func SupersededTypes() []string {
	out := make([]string, 0, len(upcasters))
	for t := range upcasters {
		out = append(out, t)
	}
	return out
}

// Upcast returns the current type name and payload of a stored event,
// following upcasters from a superseded version.
func Upcast(eventType string, data []byte) (string, []byte, error) {
	for {
		up, ok := upcasters[eventType]
		if !ok {
			return eventType, data, nil
		}
		next, nextData, err := up(data)
		if err != nil {
			return "", nil, fmt.Errorf("upcast %s: %w", eventType, err)
		}
		eventType, data = next, nextData
	}
}

// Decode turns a stored payload back into its event, upcasting superseded
// versions.
func Decode(eventType string, data []byte) (Event, error) {
	eventType, data, err := Upcast(eventType, data)
	if err != nil {
		return nil, err
	}
	dec, ok := decoders[eventType]
	if !ok {
		return nil, fmt.Errorf("decode event: unknown type %q", eventType)
	}
	ev, err := dec(data)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", eventType, err)
	}
	return ev, nil
}

// Encode returns the stored payload of an event.
func Encode(ev Event) ([]byte, error) {
	b, err := EncodeJSON(ev)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", ev.EventType(), err)
	}
	return b, nil
}

// Metadata is the envelope data recorded with every event.
type Metadata struct {
	// Actor is who recorded the event.
	Actor string `json:"actor"`
	// CorrelationID groups the events of one request.
	CorrelationID string `json:"correlationId,omitempty"`
	// CausationID is the command or event that caused this one.
	CausationID string `json:"causationId,omitempty"`
	// Command is the name of the command that produced the event.
	Command string `json:"command,omitempty"`
	// IdempotencyKey is the key the caller gave the command, if any.
	IdempotencyKey string `json:"idempotencyKey,omitempty"`
	// InputHash is the SHA-256 of the command's input, recorded with an
	// idempotency key to tell a retry from a reuse of the key.
	InputHash string `json:"inputHash,omitempty"`
}

// DecodeMetadata decodes the envelope data stored with an event, as
// json.Unmarshal does (json.go).
func DecodeMetadata(data []byte) (Metadata, error) {
	var m Metadata
	if gojson.UnmarshalNoEscape(data, &m) == nil {
		return m, nil
	}
	// json.Unmarshal's error, as ever.
	m = Metadata{}
	err := json.Unmarshal(data, &m)
	return m, err
}

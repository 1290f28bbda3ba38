// Package lists reads the files in which official sanctions lists and
// export-control rules are published, and compares two snapshots of a list.
//
// One reader per publisher format turns a file (plain or gzipped, told apart
// by its first bytes) into a [Snapshot]: OFAC's legacy SDN CSV ([ReadOFACSDN]),
// the UN Security Council consolidated list XML ([ReadUNSC]) and a BIS Entity
// List rule in Federal Register XML ([ReadFederalRegister]). Each entry keeps
// the list's own ID, the party described with FollowTheMoney property names,
// its programs, the listing date where the list gives one, the prose the
// reader could not structure, and the entry's bytes exactly as in the file.
//
// [Diff] compares two snapshots of one list entry by entry: added, amended
// (with exactly the fields that changed, old and new values), removed and
// unchanged. [Check] refuses an implausible snapshot (one that would remove
// more than a share of the previous list); the readers themselves refuse an
// empty, truncated or unparseable file. Every refusal is a [*RefusedError]
// with a stable rule name.
//
// What each format gives, in FollowTheMoney property names (Entry.Properties)
// and designation terms (Entry.Sanction):
//
//	                  OFAC SDN CSV                 UN SC XML                     BIS rule (FR XML)
//	ID                ent_num                      REFERENCE_NUMBER              destination/name (slugs)
//	Schema            Person, Organization,        Person, Organization          LegalEntity
//	                  Vessel, Airplane
//	name, alias       SDN_Name; a.k.a., n.k.a.     name parts; Good, a.k.a.,     entity; "—" aliases
//	                                               NAME_ORIGINAL_SCRIPT
//	weakAlias         weak a.k.a.                  Low
//	previousName      f.k.a.                       f.k.a.
//	birthDate         DOB (with precision)         DATE_OF_BIRTH by TYPE_OF_DATE
//	birthPlace        POB                          PLACE_OF_BIRTH parts
//	documents         Passport, National ID No.,   INDIVIDUAL_DOCUMENT           -
//	                  Tax ID No., ... (Identifiers)
//	address, country  -                            ADDRESS parts                 address; destination
//	position, title   Title column                 DESIGNATION, TITLE            -
//	vessel            Call_Sign .. Vess_owner,     -                             -
//	                  IMO, MMSI, former flags
//	Programs          Program (] [ split)          UN_LIST_TYPE                  "Entity List"
//	ListedOn          -                            LISTED_ON                     the rule's effective date
//	Sanction          -                            unscId, recordId, versionNum, licenseRequirement, footnote,
//	                                               modifiedAt, authority         licenseReviewPolicy, citation
//	Remarks           unparsed Remarks parts       COMMENTS1                     "(See alternate address ...)"
//
// The package does no I/O of its own beyond the reader it is given, keeps no
// clock, and imports nothing of the project: the ledger turns a [Delta] into
// domain commands.
package lists

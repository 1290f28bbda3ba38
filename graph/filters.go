package graph

import "github.com/controlsledger/ledger/projections"

// measureFilter converts the API's filter to the read models'.
func measureFilter(f *MeasureFilter) projections.MeasureFilter {
	if f == nil {
		return projections.MeasureFilter{}
	}
	return projections.MeasureFilter{
		Jurisdiction: val(f.Jurisdiction), Implementing: val(f.ImplementingJurisdiction), Affected: val(f.AffectedJurisdiction),
		AuthorityID: val(f.AuthorityID), MeasureType: val(f.MeasureType), Item: val(f.Item), Status: f.Status, Text: val(f.Text),
		CountryNeutral: f.CountryNeutral,
	}
}

// designationFilter converts the API's filter to the read models'.
func designationFilter(f *DesignationFilter) projections.DesignationFilter {
	if f == nil {
		return projections.DesignationFilter{}
	}
	return projections.DesignationFilter{PartyID: val(f.PartyID), List: val(f.List), Status: f.Status, Program: val(f.Program), Name: val(f.Name)}
}

func val(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

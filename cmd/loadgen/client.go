package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// client sends GraphQL operations over keep-alive HTTP connections.
type client struct {
	url   string
	token string
	http  *http.Client
}

func newClient(c Config) *client {
	conns := max(c.Concurrency, c.Writers, 64)
	if c.Mode == "asof" {
		conns = max(conns, c.MaxInFlight)
	}
	tr := &http.Transport{
		MaxIdleConns:        conns,
		MaxIdleConnsPerHost: conns,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
		ForceAttemptHTTP2:   false,
	}
	return &client{url: c.URL, token: c.Token, http: &http.Client{Transport: tr, Timeout: c.Timeout}}
}

func (c *client) close() { c.http.CloseIdleConnections() }

type gqlRequest struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

// gqlError is a GraphQL error of a response.
type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// do sends one operation and decodes its data into out (if not nil). A
// transport failure, a status other than 200 or a response with errors is
// an error.
func (c *client) do(ctx context.Context, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(gqlRequest{Query: query, Variables: vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return fmt.Errorf("read response: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, raw)
	}
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("decode response: %w: %.200s", err, raw)
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("graphql: %s (%v)", r.Errors[0].Message, r.Errors[0].Extensions["code"])
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			return fmt.Errorf("decode data: %w", err)
		}
	}
	return nil
}

// errCounter keeps the count and the first message of errors.
type errCounter struct {
	n     uint64
	first error
}

func (e *errCounter) add(err error) {
	if err == nil || errors.Is(err, context.Canceled) {
		return
	}
	e.n++
	if e.first == nil {
		e.first = err
	}
}

func (e *errCounter) merge(o *errCounter) {
	e.n += o.n
	if e.first == nil {
		e.first = o.first
	}
}

func (e *errCounter) message() string {
	if e.first == nil {
		return ""
	}
	return e.first.Error()
}

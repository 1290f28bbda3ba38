package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"
)

// conn is one keep-alive HTTP/1.1 connection that sends prepared POST
// requests and reads their responses with net/http's parser, one at a time.
// The closed loop uses it instead of http.Client, whose transport costs
// about as much CPU per request as the server's work on a small query: on
// a machine the generator shares with the server, that cost would be
// measured as the server's (the same reason wrk and h2load exist).
type conn struct {
	addr    string
	timeout time.Duration
	nc      net.Conn
	r       *bufio.Reader
	body    bytes.Buffer
}

func newConn(rawURL string, timeout time.Duration) (*conn, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" {
		return nil, fmt.Errorf("-url %q: the closed loop speaks plain http only", rawURL)
	}
	addr := u.Host
	if u.Port() == "" {
		addr = net.JoinHostPort(u.Hostname(), "80")
	}
	return &conn{addr: addr, timeout: timeout}, nil
}

// prepareRequest returns the bytes of a POST of a GraphQL operation to u.
func prepareRequest(rawURL, token, query string, vars map[string]any) ([]byte, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(gqlRequest{Query: query, Variables: vars})
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nAccept: application/json\r\n", u.RequestURI(), u.Host)
	if token != "" {
		fmt.Fprintf(&b, "Authorization: Bearer %s\r\n", token)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	return b.Bytes(), nil
}

// do sends req and returns the body of its response, valid until the next
// call. A status other than 200 is an error. After any error the connection
// is closed, and the next call dials again.
func (c *conn) do(req []byte) ([]byte, error) {
	if c.nc == nil {
		nc, err := net.DialTimeout("tcp", c.addr, c.timeout)
		if err != nil {
			return nil, err
		}
		c.nc = nc
		if c.r == nil {
			c.r = bufio.NewReaderSize(nc, 16<<10)
		} else {
			c.r.Reset(nc)
		}
	}
	body, err := c.roundTrip(req)
	if err != nil {
		c.close()
	}
	return body, err
}

func (c *conn) roundTrip(req []byte) ([]byte, error) {
	if c.timeout > 0 {
		c.nc.SetDeadline(time.Now().Add(c.timeout))
	}
	if _, err := c.nc.Write(req); err != nil {
		return nil, err
	}
	resp, err := http.ReadResponse(c.r, nil)
	if err != nil {
		return nil, err
	}
	c.body.Reset()
	_, err = c.body.ReadFrom(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("read response: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, c.body.Bytes())
	}
	if resp.Close {
		c.close() // the server will not take another request on it
	}
	return c.body.Bytes(), nil
}

func (c *conn) close() {
	if c.nc != nil {
		c.nc.Close()
		c.nc = nil
	}
}

// checkAnswer returns the first GraphQL error of body, or an error if body
// does not contain want.
func checkAnswer(body, want []byte) error {
	if bytes.Contains(body, []byte(`"errors"`)) {
		var r struct{ Errors []gqlError }
		if err := json.Unmarshal(body, &r); err != nil {
			return fmt.Errorf("decode response: %w: %.200s", err, body)
		}
		if len(r.Errors) > 0 {
			return fmt.Errorf("graphql: %s (%v)", r.Errors[0].Message, r.Errors[0].Extensions["code"])
		}
	}
	if !bytes.Contains(body, want) {
		return errors.New("the answer lacks " + string(want) + ": " + string(body[:min(len(body), 200)]))
	}
	return nil
}

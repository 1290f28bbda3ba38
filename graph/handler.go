package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"path"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
)

// Options configures the HTTP handler. Zero values take the defaults given.
type Options struct {
	Log *slog.Logger
	// Tokens are the bearer tokens accepted, each with its role and actor.
	Tokens []Token
	// Anonymous is the role of a request without a token: RoleReader
	// (read-only) or RoleNone (refused with 401). The zero value is
	// RoleNone; the actor of anonymous requests is "anonymous".
	Anonymous Role
	// AllowedOrigins lists the origins (host patterns, as for
	// github.com/coder/websocket) allowed to open websockets and to read
	// responses cross-origin. Same-origin requests are always allowed.
	AllowedOrigins []string
	// Introspection enables schema introspection and field suggestions.
	Introspection bool
	// MaxBodyBytes bounds a request body; 1 MiB by default. Larger bodies
	// get 413.
	MaxBodyBytes int64
	// MaxTokens bounds the tokens of a query document (names, punctuation
	// and values), checked while parsing; 15000 by default.
	MaxTokens int
	// MaxFields bounds the fields a document selects, counted with its
	// fragments expanded and introspection fields included, before it is
	// validated; 500 by default (GraphiQL's introspection query has 181).
	MaxFields int
	// MaxComplexity bounds a query's complexity (a connection costs its page
	// size times its nodes); 10000 by default.
	MaxComplexity int
	// MaxDepth bounds how deep fields nest (inside introspection fields,
	// the validation rules bound it); 12 by default.
	MaxDepth int
	// MaxAliases bounds the aliased fields of a document, fragments
	// expanded; 30 by default.
	MaxAliases int
	// MaxIntrospection bounds the __schema and __type fields of a
	// document; 3 by default.
	MaxIntrospection int
	// MaxResponseBytes bounds the data of one answer; a larger one is
	// replaced by a LIMIT_EXCEEDED error. 16 MiB by default.
	MaxResponseBytes int
	// BeyondHeadWait bounds the wait for a position (asOf.position, a tree
	// size) past the store's head, which a replica may not have seen yet;
	// a few such waits run at once, others are answered beyond_head at
	// once. 250 ms by default. A position the store holds is waited for up
	// to the resolver's WaitTimeout.
	BeyondHeadWait time.Duration
	// Timeout bounds a query or mutation (not a subscription); 10 s by
	// default.
	Timeout time.Duration
	// KeepAlive is the websocket ping interval; a client that does not
	// answer within two intervals is dropped. 15 s by default.
	KeepAlive time.Duration
	// OnOperation, if set, is told about every query and mutation when it
	// ends, and every subscription when it starts and when it ends.
	OnOperation func(OperationReport)
	// MaxInFlight bounds the queries and mutations running at once; others
	// wait for a slot until their timeout (or their client leaves). The read
	// models answer from memory, so more than a few per core only adds
	// contention. 8 per CPU by default.
	MaxInFlight int
	// AnswerCacheBytes bounds the encoded answers at a fixed basis kept in
	// memory (see cache.go), one answer taking at most an eighth; 64 MiB by
	// default, negative to keep none (the ETag and Cache-Control headers
	// are still sent).
	AnswerCacheBytes int
	// OnAnswerCache, if set, is told of each GET answered from the cache
	// (a hit) and of each answer at a fixed basis computed (a miss), with
	// what the cache holds after it.
	OnAnswerCache func(CacheReport)
	// SubscriptionCacheBytes bounds the encoded messages of identical
	// ledgerEvents and ledgerEventBatches subscriptions kept in memory so
	// that each message is executed once for all of them (see share.go),
	// one message taking at most an eighth; 32 MiB by default, negative to
	// share none (each subscription executes each of its messages).
	SubscriptionCacheBytes int
	// OnSubscriptionCache, if set, is told of each message of a shared
	// subscription: a hit (another's execution) or a miss (executed for
	// it), with what the cache holds after it.
	OnSubscriptionCache func(CacheReport)
}

// CacheReport is what a cache of the API reports for each lookup: the
// answer cache for each GET of an answer at a fixed basis, the subscription
// cache for each message of a shared subscription.
type CacheReport struct {
	// Hit is true when the lookup was served from the cache (for a message:
	// the response of another subscription's execution), false when it was
	// computed for it.
	Hit bool
	// Key is what was looked up: the answer's key (document, variables and
	// basis), or the message's (the operation's key and the positions of its
	// first and last events).
	Key string
	// Entries and Bytes are what the cache holds after it, as its budget
	// counts them.
	Entries, Bytes int
}

// OperationReport describes a finished GraphQL operation (or a
// subscription's start).
type OperationReport struct {
	// Name is the operation's name, or "anonymous".
	Name string
	// Type is query, mutation or subscription.
	Type string
	// Outcome is "ok", or the extensions.code of the first error.
	Outcome string
	// Duration is how long the operation ran (zero at a subscription's
	// start).
	Duration  time.Duration
	Actor     string
	RequestID string
	// Open is +1 when a subscription starts, -1 when it ends, 0 otherwise.
	Open int
}

func (o *Options) defaults() {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.MaxTokens == 0 {
		o.MaxTokens = 15000
	}
	if o.MaxFields == 0 {
		o.MaxFields = 500
	}
	if o.MaxIntrospection == 0 {
		o.MaxIntrospection = 3
	}
	if o.MaxResponseBytes == 0 {
		o.MaxResponseBytes = 16 << 20
	}
	if o.MaxComplexity == 0 {
		o.MaxComplexity = 10000
	}
	if o.MaxDepth == 0 {
		o.MaxDepth = 12
	}
	if o.MaxAliases == 0 {
		o.MaxAliases = 30
	}
	if o.BeyondHeadWait == 0 {
		o.BeyondHeadWait = 250 * time.Millisecond
	}
	if o.Timeout == 0 {
		o.Timeout = 10 * time.Second
	}
	if o.KeepAlive == 0 {
		o.KeepAlive = 15 * time.Second
	}
	if o.MaxInFlight == 0 {
		o.MaxInFlight = 8 * runtime.GOMAXPROCS(0)
	}
	if o.AnswerCacheBytes == 0 {
		o.AnswerCacheBytes = 64 << 20
	}
	if o.SubscriptionCacheBytes == 0 {
		o.SubscriptionCacheBytes = 32 << 20
	}
}

// NewHandler returns the GraphQL endpoint for r: queries and mutations over
// GET and POST, subscriptions over websockets (graphql-transport-ws and the
// legacy graphql-ws) and server-sent events.
func NewHandler(r *Resolver, opts Options) http.Handler {
	opts.defaults()
	if r.WaitTimeout == 0 {
		r.WaitTimeout = 5 * time.Second
	}
	if r.Events != nil {
		beyond := newBeyondHead(r.Events, opts.BeyondHeadWait)
		if _, ok := r.Views.(headFirst); !ok && r.Views != nil {
			r.Views = headFirst{Views: r.Views, beyond: beyond}
		}
		if _, ok := r.Proofs.(headFirstProofs); !ok && r.Proofs != nil {
			r.Proofs = headFirstProofs{Proofs: r.Proofs, beyond: beyond}
		}
	}
	auth := &authenticator{tokens: opts.Tokens, anonymous: Principal{Role: opts.Anonymous, Actor: "anonymous"}}
	slots := make(chan struct{}, opts.MaxInFlight)
	srv := handler.New(NewExecutableSchema(Config{Resolvers: r, Complexity: complexity()}))
	srv.AddTransport(transport.Websocket{
		Implementation:        transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{OriginPatterns: opts.AllowedOrigins}},
		KeepAlivePingInterval: opts.KeepAlive,
		PingPongInterval:      opts.KeepAlive,
		InitTimeout:           10 * time.Second,
		InitFunc: func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			credential := payload.Authorization()
			if credential == "" {
				credential = payload.GetString("authorization")
			}
			p, err := auth.authenticate(credential)
			if err != nil {
				// 4403 tells clients not to reconnect in a loop.
				return transport.WithWebsocketCloseCode(ctx, 4403), nil, err
			}
			return withPrincipal(ctx, p), nil, nil
		},
	})
	srv.AddTransport(transport.SSE{})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	if opts.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.SetDisableSuggestion(!opts.Introspection)
	srv.SetParserTokenLimit(opts.MaxTokens)
	// The caches are bounded by the bytes of their documents, not their
	// number: a flood of distinct large documents must not pin memory.
	srv.SetQueryCache(newByteLRU(cacheBytes, cachedQueryBytes, func(query string, _ *ast.QueryDocument) int { return len(query) }))
	srv.Use(extension.AutomaticPersistedQuery{Cache: newByteLRU(cacheBytes, cachedQueryBytes, func(hash, query string) int { return len(hash) + len(query) })})
	// After the persisted queries, so that a query sent by its hash alone is
	// measured too.
	srv.Use(requestLimits{maxTokens: opts.MaxTokens, maxFields: opts.MaxFields, maxDepth: opts.MaxDepth, maxAliases: opts.MaxAliases,
		maxIntrospection: opts.MaxIntrospection, introspection: opts.Introspection, passed: lru.New[struct{}](1000)})
	srv.Use(extension.FixedComplexityLimit(opts.MaxComplexity))
	// No field interceptor (AroundFields, or an extension that is a
	// graphql.FieldInterceptor): the generated code marshals plain fields
	// without the resolver middleware (cmd/graphgen), which one would miss.
	// Outside the response limit, so that it sees the answer as it goes out.
	srv.AroundResponses(markFixed)
	srv.AroundResponses(responseLimit(opts.MaxResponseBytes))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		if oc.Operation == nil {
			return next(ctx)
		}
		report := OperationReport{Name: oc.OperationName, Type: string(oc.Operation.Operation), Outcome: "ok",
			Actor: principal(ctx).Actor, RequestID: requestID(ctx)}
		if report.Name == "" {
			report.Name = oc.Operation.Name
		}
		if report.Name == "" {
			report.Name = "anonymous"
		}
		notify := func(resp *graphql.Response, open int) {
			if opts.OnOperation == nil {
				return
			}
			r := report
			r.Duration, r.Open = time.Since(oc.Stats.OperationStart), open
			if resp != nil && len(resp.Errors) > 0 {
				r.Outcome, _ = resp.Errors[0].Extensions["code"].(string)
				if r.Outcome == "" {
					r.Outcome = "error"
				}
			}
			opts.OnOperation(r)
		}
		if oc.Operation.Operation == ast.Subscription {
			notify(nil, +1)
			handler := next(ctx)
			go func() { <-ctx.Done(); notify(nil, -1) }()
			return handler
		}
		ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
		// Wait for a slot; a client that leaves or times out while waiting
		// costs nothing more.
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			cancel()
			return func(ctx context.Context) *graphql.Response {
				resp := graphql.ErrorResponse(ctx, "the server is busy: the operation waited longer than the server allows")
				resp.Errors[0].Extensions = map[string]any{"code": CodeLimitExceeded}
				notify(resp, 0)
				return resp
			}
		}
		handler := next(ctx)
		done := false
		// A transport may call the handler again for more responses (SSE
		// does, until it gets nil): the slot is given back, and the
		// operation reported, once.
		return func(ctx context.Context) *graphql.Response {
			resp := handler(ctx)
			if !done {
				done = true
				cancel()
				<-slots
				notify(resp, 0)
			}
			return resp
		}
	})
	if opts.SubscriptionCacheBytes > 0 {
		// Inside the interceptor above: a subscription's start and end are
		// reported whether or not its messages are shared.
		srv.AroundOperations(newMessageCache(opts.SubscriptionCacheBytes, opts.OnSubscriptionCache).aroundOperations)
	}
	srv.SetErrorPresenter(presenter(opts.Log))
	srv.SetRecoverFunc(recoverer(opts.Log))
	// Anyone may keep an answer when anyone may read it; with a token
	// required, only the client's own cache may.
	scope := "private"
	if opts.Anonymous >= RoleReader {
		scope = "public"
	}
	answers := newAnswerCache(max(opts.AnswerCacheBytes, 0), scope)

	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		id := req.Header.Get("X-Request-ID")
		if id == "" || len(id) > 128 {
			id = newRequestID()
		}
		w.Header().Set("X-Request-ID", id)
		if cors(w, req, opts.AllowedOrigins) {
			return
		}
		ctx := withRequestID(req.Context(), id)
		if !websocketUpgrade(req) {
			p, err := auth.authenticate(req.Header.Get("Authorization"))
			if err != nil {
				writeHTTPError(w, http.StatusUnauthorized, CodeUnauthenticated, err.Error())
				return
			}
			ctx = withPrincipal(ctx, p)
			if req.Body != nil {
				body, err := io.ReadAll(io.LimitReader(req.Body, opts.MaxBodyBytes+1))
				if err != nil {
					writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput, "the request body could not be read")
					return
				}
				if int64(len(body)) > opts.MaxBodyBytes {
					writeHTTPError(w, http.StatusRequestEntityTooLarge, CodeLimitExceeded, "the request body is larger than the limit")
					return
				}
				req.Body = io.NopCloser(bytes.NewReader(body))
			}
		}
		// Only what gqlgen will stream goes out unbuffered: any other request
		// asking for an event stream gets its errors' codes like the rest.
		if websocketUpgrade(req) || (transport.SSE{}).Supports(req) {
			srv.ServeHTTP(w, req.WithContext(ctx))
			return
		}
		key, get := answerKey(req)
		if get && answers.serve(w, req, key) {
			if opts.OnAnswerCache != nil {
				opts.OnAnswerCache(answers.lru.report(true, key))
			}
			return
		}
		var mark *fixedMark
		if get {
			mark = &fixedMark{}
			ctx = withFixedMark(ctx, mark)
		}
		buf := &bufferedResponse{header: w.Header(), status: http.StatusOK}
		srv.ServeHTTP(buf, req.WithContext(ctx))
		if mark != nil && mark.fixed && buf.status == http.StatusOK && !bytes.Contains(buf.body.Bytes(), []byte(`"errors"`)) {
			a := newCachedAnswer(bytes.Clone(buf.body.Bytes()), buf.header.Get("Content-Type"))
			answers.lru.Add(ctx, key, a)
			if opts.OnAnswerCache != nil {
				opts.OnAnswerCache(answers.lru.report(false, key))
			}
			answers.write(w, req, a)
			return
		}
		buf.flush(w)
	})
}

// bufferedResponse holds a response so that its status and body can follow
// the GraphQL over HTTP specification where gqlgen differs: with
// application/json, a request that parses as JSON but fails GraphQL parsing
// or validation is answered 200 (gqlgen says 422); with
// application/graphql-response+json, an error response that never ran the
// operation has no "data" key (gqlgen writes "data": null).
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }

func (b *bufferedResponse) flush(w http.ResponseWriter) {
	body := b.body.Bytes()
	mediaType, _, _ := mime.ParseMediaType(b.header.Get("Content-Type"))
	if b.status >= 400 {
		body = withCodes(body, mediaType == "application/graphql-response+json")
	}
	if mediaType == "application/json" && b.status == http.StatusUnprocessableEntity {
		b.status = http.StatusOK
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(b.status)
	w.Write(body)
}

// withCodes gives an error response's errors that have no extensions.code
// the code BAD_REQUEST: gqlgen answers a request it cannot take (a
// transport it does not speak, a mutation over GET, a body that is not
// JSON) without its error presenter. With dropNullData, a "data": null is
// removed, as the GraphQL over HTTP specification asks of
// application/graphql-response+json when the operation never ran.
func withCodes(body []byte, dropNullData bool) []byte {
	var resp map[string]json.RawMessage
	if json.Unmarshal(body, &resp) != nil {
		return body
	}
	var errs []map[string]any
	if json.Unmarshal(resp["errors"], &errs) != nil {
		return body
	}
	changed := false
	for _, e := range errs {
		ext, _ := e["extensions"].(map[string]any)
		if _, ok := ext["code"]; ok {
			continue
		}
		if ext == nil {
			ext = map[string]any{}
			e["extensions"] = ext
		}
		ext["code"] = CodeBadRequest
		changed = true
	}
	if changed {
		out, err := json.Marshal(errs)
		if err != nil {
			return body
		}
		resp["errors"] = out
	}
	if dropNullData && string(resp["data"]) == "null" {
		delete(resp, "data")
		changed = true
	}
	if !changed {
		return body
	}
	out, err := json.Marshal(resp)
	if err != nil {
		return body
	}
	return out
}

// cors answers cross-origin requests: an allowed origin may read responses
// and send credentials; others get no CORS headers, so browsers refuse them.
// It reports whether it answered the request (a preflight).
func cors(w http.ResponseWriter, r *http.Request, allowed []string) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false
	}
	w.Header().Add("Vary", "Origin")
	u, err := url.Parse(origin)
	if err != nil || !slices.ContainsFunc(allowed, func(p string) bool {
		ok, _ := path.Match(strings.ToLower(p), strings.ToLower(u.Host))
		return ok
	}) {
		return false
	}
	w.Header().Set("Access-Control-Allow-Origin", origin)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
	if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Request-ID, Accept")
		w.Header().Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
		return true
	}
	return false
}

func websocketUpgrade(r *http.Request) bool {
	return r.Header.Get("Upgrade") == "websocket"
}

package graph

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
)

// Options configures the HTTP handler.
type Options struct {
	Log *slog.Logger
	// MaxBodyBytes bounds a request body; 1 MiB by default.
	MaxBodyBytes int64
	// MaxComplexity bounds a query's complexity; 2000 by default.
	MaxComplexity int
}

// NewHandler returns the GraphQL endpoint for r.
func NewHandler(r *Resolver, opts Options) http.Handler {
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.MaxBodyBytes == 0 {
		opts.MaxBodyBytes = 1 << 20
	}
	if opts.MaxComplexity == 0 {
		opts.MaxComplexity = 2000
	}
	if r.WaitTimeout == 0 {
		r.WaitTimeout = 5 * time.Second
	}
	srv := handler.New(NewExecutableSchema(Config{Resolvers: r}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(opts.MaxComplexity))
	srv.SetErrorPresenter(presenter(opts.Log))
	srv.SetRecoverFunc(recoverer(opts.Log))
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		id := req.Header.Get("X-Request-ID")
		if id == "" || len(id) > 128 {
			id = newRequestID()
		}
		w.Header().Set("X-Request-ID", id)
		req.Body = http.MaxBytesReader(w, req.Body, opts.MaxBodyBytes)
		srv.ServeHTTP(w, req.WithContext(withRequestID(req.Context(), id)))
	})
}

// NewPlayground returns the GraphiQL page for the endpoint at path.
func NewPlayground(path string) http.Handler {
	return playground.Handler("Controls Ledger", path)
}

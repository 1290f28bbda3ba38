package web

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

//go:embed all:dist
var dist embed.FS

// Files is the built Explorer: index.html (the Explorer), graphiql.html
// (GraphiQL) and assets/ (their scripts and styles, named by content hash).
var Files fs.FS = mustSub(dist, "dist")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // dist is embedded at build time: a missing folder fails the build, not this.
	}
	return sub
}

// ContentSecurityPolicy is the policy both pages are served with: scripts,
// styles, images, fonts and connections only from the ledger's own origin
// (the browser refuses anything else), inline styles allowed because
// GraphiQL and the graph drawing set them, and no framing by other sites.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Handler serves the pages of Files: GET / the Explorer, GET /graphiql
// GraphiQL, GET /assets/NAME their files. Pages are revalidated on every
// load; assets, whose names change with their content, are cached for a year
// and sent gzipped to browsers that accept it (each compressed once, on its
// first request). Anything else is 404.
func Handler() http.Handler {
	files := http.FileServerFS(Files)
	var zipped sync.Map // asset path -> func() []byte (its gzipped bytes, computed once)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		switch p := path.Clean(r.URL.Path); {
		case p == "/" || p == "/index.html":
			page(w, r, "index.html")
		case p == "/graphiql" || p == "/graphiql.html":
			page(w, r, "graphiql.html")
		case strings.HasPrefix(p, "/assets/"):
			if _, err := fs.Stat(Files, strings.TrimPrefix(p, "/")); err != nil {
				http.NotFound(w, r)
				return
			}
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
			h.Add("Vary", "Accept-Encoding")
			if !acceptsGzip(r) || r.Header.Get("Range") != "" {
				files.ServeHTTP(w, r)
				return
			}
			name := strings.TrimPrefix(p, "/")
			z, _ := zipped.LoadOrStore(name, sync.OnceValue(func() []byte { return gzipFile(name) }))
			b := z.(func() []byte)()
			if b == nil {
				files.ServeHTTP(w, r)
				return
			}
			h.Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
			h.Set("Content-Encoding", "gzip")
			h.Set("Content-Length", strconv.Itoa(len(b)))
			if r.Method != http.MethodHead {
				_, _ = w.Write(b)
			}
		default:
			http.NotFound(w, r)
		}
	})
}

// page serves an HTML page of Files with the policy that keeps it on this origin.
func page(w http.ResponseWriter, r *http.Request, name string) {
	b, err := fs.ReadFile(Files, name)
	if err != nil {
		http.Error(w, "the Explorer was built without "+name+": run npm run build in web/", http.StatusNotFound)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(b)
}

// acceptsGzip reports whether the request's Accept-Encoding lists gzip
// without refusing it (q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// gzipFile compresses a file of Files at the best level; nil if it cannot
// be read (then the file server answers as it would).
func gzipFile(name string) []byte {
	b, err := fs.ReadFile(Files, name)
	if err != nil {
		return nil
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(b)
	if zw.Close() != nil {
		return nil
	}
	return buf.Bytes()
}

package client

import (
	"context"
	"net/http"
	"net/url"

	"github.com/amigo-platform/amigo/api"
)

// Services lists the service records the node knows whose kind and name
// match ("" matches any); with a name the node may look it up on the
// network first. A node without a registry answers a *Error with
// api.CodeNotFound.
func (c *Client) Services(ctx context.Context, kind, name string) (*api.ServiceList, error) {
	q := url.Values{}
	if kind != "" {
		q.Set("kind", kind)
	}
	if name != "" {
		q.Set("name", name)
	}
	var out api.ServiceList
	if err := c.do(ctx, http.MethodGet, "/v1/services", q, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

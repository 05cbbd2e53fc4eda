package explorer

import (
	"errors"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
)

// clientError is a request the node refused.
type clientError = client.Error

func asClientError(err error, target **clientError) bool { return errors.As(err, target) }

func isUnreachable(err error) bool { return errors.Is(err, client.ErrUnreachable) }

// isNotFound reports whether the node answered not_found.
func isNotFound(err error) bool {
	var ce *clientError
	return errors.As(err, &ce) && ce.Code == api.CodeNotFound
}

// codeOf is the API's error code of err, for JSON twins of error pages.
func codeOf(err error) api.ErrorCode {
	var ce *clientError
	switch {
	case errors.As(err, &ce):
		return ce.Code
	case isUnreachable(err):
		return api.CodeUnavailable
	}
	return api.CodeInternal
}

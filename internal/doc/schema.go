package doc

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Schema is the JSON Schema (draft 2020-12) of a Doc's JSON form, the
// public output contract documented in docs/schema.md.
//
//go:embed schema.json
var Schema []byte

// SchemaURL is the $id of Schema.
const SchemaURL = "https://sitrep.invalid/schema/doc.schema.json"

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema))
	if err != nil {
		return nil, fmt.Errorf("decoding doc schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(SchemaURL, v); err != nil {
		return nil, fmt.Errorf("loading doc schema: %w", err)
	}
	s, err := c.Compile(SchemaURL)
	if err != nil {
		return nil, fmt.Errorf("compiling doc schema: %w", err)
	}
	return s, nil
})

// ValidateJSON checks one JSON-encoded Doc against Schema.
func ValidateJSON(b []byte) error {
	s, err := compiled()
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("validating doc: decoding JSON: %w", err)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("validating doc against %s: %w", SchemaURL, err)
	}
	return nil
}

package actors_test

import "github.com/sitrep/sitrep/models"

func modelsActors() []byte { return models.Actors() }

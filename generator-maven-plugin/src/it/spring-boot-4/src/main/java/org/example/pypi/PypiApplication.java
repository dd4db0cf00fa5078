package org.example.pypi;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application whose entities and repositories schema2jpa generates from pypi.yaml. */
@SpringBootApplication
public class PypiApplication {
}

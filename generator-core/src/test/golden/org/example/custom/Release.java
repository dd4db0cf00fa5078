// Created by schema2jpa from customizable.yaml, once: this file is yours, and schema2jpa never writes it again.
package org.example.custom;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One released version of a package.
 *
 * <p>The mapping is generated into {@link ReleaseBase}; add your own methods here.
 */
@Entity
@Table(
        name = "releases",
        indexes = {
                @Index(name = "ix_releases_major_ver", columnList = "major_ver"),
                @Index(name = "ix_releases_minor_ver", columnList = "minor_ver")
        }
)
public class Release extends ReleaseBase {
    private static final long serialVersionUID = 1L;
}

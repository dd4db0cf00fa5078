// Created by schema2jpa from every-key.yaml, once: this file is yours, and schema2jpa never writes it again.
package org.example.everything;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Someone who maintains packages.
 *
 * <p>The mapping is generated into {@link AccountBase}; add your own methods here.
 */
@Entity
@Table(
        name = "users",
        indexes = {
                @Index(name = "ix_users_email", columnList = "email"),
                @Index(name = "ix_users_born_kind", columnList = "born, kind")
        },
        uniqueConstraints = {
                @UniqueConstraint(name = "uq_users_email", columnNames = "email"),
                @UniqueConstraint(name = "uq_users_email_kind", columnNames = {"email", "kind"})
        }
)
public class Account extends AccountBase {
    private static final long serialVersionUID = 1L;
}

#pragma once

#include <QString>

namespace fd {

// argon2id through libsodium at its INTERACTIVE limits (about 70 ms a hash on the desk machine).
class PasswordHasher
{
public:
    [[nodiscard]] static QString hash(const QString& password);
    [[nodiscard]] static bool verify(const QString& storedHash, const QString& password);
    [[nodiscard]] static bool needsRehash(const QString& storedHash);
};

} // namespace fd

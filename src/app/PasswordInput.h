#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QTextStream;

namespace fd {

// A password for a command-line action, never from the command line itself: asked twice at the
// terminal without echo, or read as the first line of standard input when that is not a terminal
// (a script piping it in). Prompts go to `err`, so standard output stays the action's report.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)

public:
    struct Typed
    {
        QString password;
        QString again;
    };

    // Empty when standard input ended before a password was given.
    [[nodiscard]] static std::optional<Typed> read(QTextStream& err, const QString& forWhom);
    // An existing password, to sign in: asked once. Empty when standard input ended first.
    [[nodiscard]] static std::optional<QString> readOnce(QTextStream& err, const QString& forWhom);

private:
    [[nodiscard]] static std::optional<QString> hiddenLine(QTextStream& err, const QString& prompt);
};

} // namespace fd

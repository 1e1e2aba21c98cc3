#include "app/PasswordInput.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fd {

std::optional<QString> PasswordInput::hiddenLine(QTextStream& err, const QString& prompt)
{
    err << prompt;
    err.flush();
    termios before{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios quiet = before;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
        err << u'\n';
        err.flush();
    }
    if (!got)
        return std::nullopt;
    QString text = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

std::optional<QString> PasswordInput::readOnce(QTextStream& err, const QString& forWhom)
{
    return hiddenLine(err, tr("Password for %1: ").arg(forWhom));
}

std::optional<PasswordInput::Typed> PasswordInput::read(QTextStream& err, const QString& forWhom)
{
    auto first = hiddenLine(err, tr("Password for %1: ").arg(forWhom));
    if (!first)
        return std::nullopt;
    if (!isatty(STDIN_FILENO))
        return Typed{*first, *first}; // piped in: one line, no second prompt to answer
    auto again = hiddenLine(err, tr("The same password again: "));
    if (!again)
        return std::nullopt;
    return Typed{*first, *again};
}

} // namespace fd

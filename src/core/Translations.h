#pragma once

#include <QString>
#include <QStringList>

namespace fd {

// Simplified Chinese first, English second. The language follows the system locale unless one is
// chosen ("zh_CN" or "en"); FrontDesk's own strings and Qt's (dialog buttons…) are both loaded.
class Translations
{
public:
    [[nodiscard]] static QStringList available();
    // Installs the translators on the running QCoreApplication, replacing those of the language in
    // use before (so the language can change while the program runs); returns the language in use.
    static QString install(const QString& language = {});
    // The language install() chose last ("zh_CN" or "en"); the system's before any install().
    [[nodiscard]] static QString current();
    // A term saved as it read on screen at the time (a ticket status or a repair category, in
    // whichever language was in use): what it reads as now. `context` is the tr() context the term
    // comes from ("TicketTerms"); a text that is no term of it (a category a clerk typed) is kept.
    [[nodiscard]] static QString term(const char* context, const QString& stored);
};

} // namespace fd

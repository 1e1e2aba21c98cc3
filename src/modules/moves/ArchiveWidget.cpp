#include "modules/moves/ArchiveWidget.h"

#include "ui_ArchiveWidget.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/MoveSteps.h"
#include "modules/moves/MoveTerms.h"
#include "modules/moves/OwnerArchiveService.h"
#include "modules/moves/UnitKeyService.h"
#include "widgets/Ask.h"

#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString filter()
{
    return QCoreApplication::translate("ArchiveWidget", "PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)");
}

void setUp(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
}

} // namespace

ArchiveWidget::ArchiveWidget(OwnerArchiveService& archive, UnitKeyService& keys, MoveService& moves, const Clock& clock,
                             QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_ArchiveWidget>()), m_archive(archive), m_keys(keys), m_moves(moves),
      m_clock(clock)
{
    m_ui->setupUi(this);
    QFont bold = m_ui->archiveTitle->font();
    bold.setBold(true);
    m_ui->archiveTitle->setFont(bold);
    setUp(m_ui->documentTable, {tr("Document"), tr("Number"), tr("Seen on"), tr("Scan"), tr("Recorded by")});
    setUp(m_ui->fileTable, {tr("Kind"), tr("Title"), tr("File"), tr("Size"), tr("Added")});
    for (DocumentKind k : {DocumentKind::IdCard, DocumentKind::Passport, DocumentKind::PurchaseContract,
                           DocumentKind::Lease, DocumentKind::PropertyCertificate, DocumentKind::Other})
        m_ui->docKind->addItem(MoveTerms::displayName(k), static_cast<int>(k));
    for (ArchiveFileKind k : {ArchiveFileKind::Agreement, ArchiveFileKind::Document, ArchiveFileKind::Inspection,
                              ArchiveFileKind::Photo, ArchiveFileKind::Other})
        m_ui->fileKind->addItem(MoveTerms::displayName(k), static_cast<int>(k));
    setUp(m_ui->keyHistory, {tr("When"), tr("Change"), tr("Held after"), tr("Note"), tr("By")});
    for (KeyReason r : {KeyReason::Lost, KeyReason::Made})
        m_ui->keyReason->addItem(MoveTerms::displayName(r), static_cast<int>(r));
    for (KeyKind k : MoveTerms::keyKinds())
        m_ui->keyKind->addItem(MoveTerms::displayName(k), static_cast<int>(k));
    FormErrors::style(m_ui->keyError);
    connect(m_ui->recordKeyChange, &QPushButton::clicked, this, &ArchiveWidget::recordKeyChange);
    m_ui->docSeen->setDisplayFormat(DateTimeText::dateFormat());
    m_errors.bind(u"number"_s, m_ui->docNumber, m_ui->docNumberError);
    m_errors.bind(u"seen_on"_s, m_ui->docSeen, m_ui->docSeenError);
    m_errors.bind(u"file"_s, m_ui->docScan, m_ui->docScanError);
    m_errors.bind(u"title"_s, m_ui->fileTitle, m_ui->fileTitleError);
    m_errors.bind(u"path"_s, m_ui->filePath, m_ui->filePathError);
    m_errors.setFallback(m_ui->docError);
    connect(m_ui->recordDocument, &QPushButton::clicked, this, &ArchiveWidget::recordDocument);
    connect(m_ui->attachFile, &QPushButton::clicked, this, &ArchiveWidget::attachFile);
    connect(m_ui->saveCopy, &QPushButton::clicked, this, &ArchiveWidget::saveCopy);
    connect(m_ui->backFromArchive, &QPushButton::clicked, this, &ArchiveWidget::backRequested);
    connect(m_ui->browseScan, &QPushButton::clicked, this, [this] {
        if (const QString p = Ask::openFileName(this, tr("The document's scan"), {}, filter()); !p.isEmpty())
            m_ui->docScan->setText(p);
    });
    connect(m_ui->browseFile, &QPushButton::clicked, this, [this] {
        if (const QString p = Ask::openFileName(this, tr("A file for the archive"), {}, filter()); !p.isEmpty())
            m_ui->filePath->setText(p);
    });
}

ArchiveWidget::~ArchiveWidget() = default;

void ArchiveWidget::setSession(const Session& session)
{
    m_session = session;
    const bool edit = session.may(Permission::EditRegistry);
    const QString noEdit = edit ? QString() : Roles::refusal(session.user.role, Permission::EditRegistry);
    for (QPushButton* b : {m_ui->recordDocument, m_ui->attachFile}) {
        b->setEnabled(edit);
        b->setToolTip(noEdit);
    }
    const bool desk = session.may(Permission::WorkTheDesk);
    m_ui->recordKeyChange->setEnabled(desk);
    m_ui->recordKeyChange->setToolTip(desk ? QString() : Roles::refusal(session.user.role, Permission::WorkTheDesk));
    const bool see = session.may(Permission::SeePersonalData);
    m_ui->saveCopy->setEnabled(see);
    m_ui->saveCopy->setToolTip(see ? QString() : Roles::refusal(session.user.role, Permission::SeePersonalData));
}

void ArchiveWidget::showFor(qint64 unitId, qint64 residentId, const QString& title)
{
    m_unitId = unitId;
    m_residentId = residentId;
    m_ui->archiveTitle->setText(tr("Owner's archive: %1").arg(title));
    m_errors.clear();
    m_ui->docSeen->setDate(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date());
    refresh();
}

void ArchiveWidget::refresh()
{
    if (!m_session || m_unitId == 0)
        return;
    auto documents = m_archive.documents(*m_session, m_unitId, m_residentId);
    auto files = m_archive.files(*m_session, m_unitId, m_residentId);
    if (!documents || !files) {
        m_errors.show(!documents ? documents.error() : files.error());
        return;
    }
    m_files = files.value();
    m_ui->documentTable->setRowCount(static_cast<int>(documents.value().size()));
    int row = 0;
    for (const ArchiveDocument& d : documents.value()) {
        const QStringList cells = {MoveTerms::displayName(d.kind), d.numberMasked, DateTimeText::date(d.seenOn),
                                   d.fileId ? tr("filed") : QString(), d.addedBy};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->documentTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_ui->fileTable->setRowCount(static_cast<int>(m_files.size()));
    row = 0;
    for (const ArchiveFile& f : m_files) {
        const QStringList cells = {MoveTerms::displayName(f.kind), f.title, f.fileName,
                                   QLocale().formattedDataSize(f.sizeBytes),
                                   tr("%1, %2").arg(f.addedBy, DateTimeText::shortDateTime(f.addedMs))};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->fileTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_ui->documentTable->resizeColumnsToContents();
    m_ui->fileTable->resizeColumnsToContents();
    showKeys();
    // The unit's move-ins and move-outs, ended ones too (R-MI-2: the archive holds them).
    if (auto moves = m_moves.movesOfUnit(*m_session, m_unitId)) {
        QStringList lines;
        for (const Move& m : moves.value())
            lines << tr("%1 %2 %3, %4 (%5)")
                         .arg(m.number, MoveSteps::displayName(m.kind), m.residentName,
                              DateTimeText::date(m.plannedDay), MoveSteps::displayName(m.status));
        m_ui->unitMoves->setText(tr("Moves of this unit: %1").arg(lines.join(tr("; "))));
    }
}

void ArchiveWidget::showKeys()
{
    auto held = m_keys.held(*m_session, m_unitId);
    auto history = m_keys.history(*m_session, m_unitId);
    if (!held || !history) {
        m_ui->keysHeld->setText((!held ? held.error() : history.error()).message);
        return;
    }
    QStringList now;
    for (const KeyCount& c : held.value())
        now << tr("%1 × %2").arg(c.count).arg(MoveTerms::displayName(c.kind));
    m_ui->keysHeld->setText(now.isEmpty() ? tr("The unit's record holds no keys.")
                                          : tr("Held: %1").arg(now.join(tr(", "))));
    m_ui->keyHistory->setRowCount(static_cast<int>(history.value().size()));
    int row = 0;
    for (const KeyEntry& e : history.value()) {
        const QStringList cells = {DateTimeText::shortDateTime(e.atMs),
                                   tr("%1 %2 %3")
                                       .arg(MoveTerms::displayName(e.reason))
                                       .arg(e.change > 0 ? u"+%1"_s.arg(e.change) : QString::number(e.change))
                                       .arg(MoveTerms::displayName(e.kind)),
                                   QString::number(e.heldAfter), e.note, e.recordedBy};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->keyHistory->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_ui->keyHistory->resizeColumnsToContents();
}

bool ArchiveWidget::recordKeyChange()
{
    if (!m_session || m_unitId == 0)
        return false;
    m_ui->keyError->hide();
    KeyChange change;
    change.unitId = m_unitId;
    change.reason = static_cast<KeyReason>(m_ui->keyReason->currentData().toInt());
    change.counts = {{static_cast<KeyKind>(m_ui->keyKind->currentData().toInt()), m_ui->keyCount->value()}};
    change.note = m_ui->keyNote->text();
    auto recorded = m_keys.record(*m_session, change);
    if (!recorded) {
        m_ui->keyError->setText(recorded.error().message);
        m_ui->keyError->show();
        return false;
    }
    m_ui->keyNote->clear();
    showKeys();
    emit changed();
    return true;
}

bool ArchiveWidget::recordDocument()
{
    if (!m_session)
        return false;
    m_errors.clear();
    DocumentSeen seen;
    seen.unitId = m_unitId;
    seen.residentId = m_residentId;
    seen.kind = static_cast<DocumentKind>(m_ui->docKind->currentData().toInt());
    seen.number = m_ui->docNumber->text();
    seen.seenOn = m_ui->docSeen->date();
    seen.note = m_ui->docNote->text();
    seen.scanPath = m_ui->docScan->text().trimmed();
    auto kept = m_archive.recordDocument(*m_session, seen);
    if (!kept) {
        m_errors.show(kept.error());
        return false;
    }
    m_ui->docNumber->clear();
    m_ui->docScan->clear();
    m_ui->docNote->clear();
    refresh();
    emit changed();
    return true;
}

bool ArchiveWidget::attachFile()
{
    if (!m_session)
        return false;
    m_errors.clear();
    FileToFile f;
    f.unitId = m_unitId;
    f.residentId = m_residentId;
    f.kind = static_cast<ArchiveFileKind>(m_ui->fileKind->currentData().toInt());
    f.title = m_ui->fileTitle->text();
    f.path = m_ui->filePath->text().trimmed();
    auto filed = m_archive.attach(*m_session, f);
    if (!filed) {
        Error e = filed.error();
        if (e.field == "file"_L1)
            e.field = u"path"_s; // the scan of a document has its own "file" field above
        m_errors.show(e);
        return false;
    }
    m_ui->fileTitle->clear();
    m_ui->filePath->clear();
    refresh();
    emit changed();
    return true;
}

bool ArchiveWidget::saveCopy()
{
    if (!m_session)
        return false;
    m_errors.clear();
    const int row = m_ui->fileTable->currentRow();
    if (row < 0 || row >= m_files.size()) {
        m_errors.show(Error{u"archive.choose"_s, tr("Choose a file in the list first."), u"path"_s});
        return false;
    }
    const ArchiveFile& f = m_files.at(row);
    auto content = m_archive.content(*m_session, f.id);
    if (!content) {
        m_errors.show(Error{content.error().code, content.error().message, u"path"_s});
        return false;
    }
    const QString path = Ask::saveFileName(this, tr("Save a copy of %1").arg(f.title), f.fileName, filter());
    if (path.isEmpty())
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content.value()) != content.value().size() || !out.commit()) {
        m_errors.show(
            Error{u"archive.save"_s, tr("%1 could not be written: %2").arg(path, out.errorString()), u"path"_s});
        return false;
    }
    return true;
}

} // namespace fd

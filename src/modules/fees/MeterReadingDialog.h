#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "modules/fees/MeterReadingService.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace fd {

// The form uic makes from ui/modules/fees/MeterReadingDialog.ui.
class Ui_MeterReadingDialog;

class ChargeService;
class ImportProblemModel;
class RegistryService;
class UnitPickerWidget;

// The month's meter readings of a metered item (water, electricity; R-FE-1), from the billing tab:
// the readings so far, one reading at a time (the previous one offered from the unit's last), or a
// meter reader's sheet checked first and imported all or nothing. MeterReadingService keeps them.
class MeterReadingDialog : public QDialog
{
    Q_OBJECT

public:
    MeterReadingDialog(MeterReadingService& meters, ChargeService& charges, RegistryService& registry,
                       const Session& who, const QString& period, QWidget* parent = nullptr);
    ~MeterReadingDialog() override;

    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    [[nodiscard]] bool hasItems() const { return !m_items.isEmpty(); }
    // Fills the one-reading form as a person would type it (tests, screenshots).
    void fill(const QString& previous, const QString& current, int multiplier, const QString& note);
    // A sheet as if chosen from a file: checked at once, nothing written.
    void setSheet(const QByteArray& bytes, const QString& sourceName);
    [[nodiscard]] const MeterImportReport& sheetReport() const { return m_report; }

public slots:
    bool record();
    bool importSheet();

private:
    void chooseSheet();
    void showReadings();
    void listReadings(); // the month's readings in the table
    void showLast();
    void showReport(const MeterImportReport& report);
    [[nodiscard]] qint64 itemId() const;
    [[nodiscard]] QString period() const;

    std::unique_ptr<Ui_MeterReadingDialog> m_ui;
    MeterReadingService& m_meters;
    Session m_who;
    QList<ChargeItem> m_items;
    UnitPickerWidget* m_unit;
    QStandardItemModel* m_model;
    ImportProblemModel* m_problems;
    QByteArray m_bytes;
    QString m_sheetName;
    MeterImportReport m_report; // the sheet's preview for the item and month chosen, then its import
    FormErrors m_errors;
    qint64 m_replaces = 0; // the month's reading of the unit chosen, which a reading recorded corrects
};

} // namespace fd

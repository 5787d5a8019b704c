from django.core.management.base import BaseCommand

from plans.tasks import reminders_run_task


class Command(BaseCommand):
    help = "Tính các hạn công việc và gửi nhắc việc đến hạn ngay bây giờ (việc mà beat làm mỗi sáng)."

    def add_arguments(self, parser):
        parser.add_argument("--queue", action="store_true", help="Gửi qua hàng đợi Celery thay vì chạy ngay.")

    def handle(self, *args, queue=False, **options):
        if queue:
            reminders_run_task.delay()
            self.stdout.write("Đã đưa việc nhắc hạn vào hàng đợi.")
        else:
            reminders_run_task()
            self.stdout.write(self.style.SUCCESS("Đã tính hạn và đưa các nhắc việc đến hạn vào hàng đợi gửi."))

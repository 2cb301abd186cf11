CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"expires_at" timestamp with time zone,
	"provider_group" text,
	"rpm_limit" integer,
	"limit_5h_usd" numeric(14, 4),
	"daily_limit_usd" numeric(14, 4),
	"daily_reset_mode" text DEFAULT 'fixed' NOT NULL,
	"daily_reset_time" text DEFAULT '00:00' NOT NULL,
	"limit_weekly_usd" numeric(14, 4),
	"limit_monthly_usd" numeric(14, 4),
	"limit_total_usd" numeric(14, 4),
	"limit_concurrent_sessions" integer,
	"limits_reset_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"last_four" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"expires_at" timestamp with time zone,
	"rpm_limit" integer,
	"limit_5h_usd" numeric(14, 4),
	"daily_limit_usd" numeric(14, 4),
	"daily_reset_mode" text DEFAULT 'fixed' NOT NULL,
	"daily_reset_time" text DEFAULT '00:00' NOT NULL,
	"limit_weekly_usd" numeric(14, 4),
	"limit_monthly_usd" numeric(14, 4),
	"limit_total_usd" numeric(14, 4),
	"limit_concurrent_sessions" integer,
	"limits_reset_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"base_url" text NOT NULL,
	"api_key_encrypted" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"group_tag" text,
	"allowed_models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model_redirects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"custom_headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cost_multiplier" double precision DEFAULT 1 NOT NULL,
	"limit_concurrent_sessions" integer DEFAULT 0 NOT NULL,
	"limit_5h_usd" numeric(14, 4),
	"daily_limit_usd" numeric(14, 4),
	"limit_weekly_usd" numeric(14, 4),
	"limit_monthly_usd" numeric(14, 4),
	"circuit_breaker_failure_threshold" integer DEFAULT 5 NOT NULL,
	"circuit_breaker_open_duration" integer DEFAULT 1800000 NOT NULL,
	"circuit_breaker_half_open_success_threshold" integer DEFAULT 2 NOT NULL,
	"first_byte_timeout" integer DEFAULT 30000 NOT NULL,
	"idle_timeout" integer DEFAULT 60000 NOT NULL,
	"request_timeout" integer DEFAULT 120000 NOT NULL,
	"max_retry_attempts" integer,
	"proxy_url" text,
	"proxy_fallback_to_direct" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "request_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"user_id" integer,
	"key_id" integer,
	"session_id" text,
	"provider_id" integer,
	"endpoint" text NOT NULL,
	"client_format" text,
	"provider_format" text,
	"model_requested" text,
	"model_sent" text,
	"stream" boolean DEFAULT false NOT NULL,
	"status_code" integer NOT NULL,
	"error_category" text,
	"error_message" text,
	"blocked_by" text,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cache_write_5m_tokens" integer DEFAULT 0 NOT NULL,
	"cache_write_1h_tokens" integer DEFAULT 0 NOT NULL,
	"cache_read_tokens" integer DEFAULT 0 NOT NULL,
	"reasoning_tokens" integer DEFAULT 0 NOT NULL,
	"cost_usd" numeric(24, 12) DEFAULT 0 NOT NULL,
	"price_missing" boolean DEFAULT false NOT NULL,
	"duration_ms" integer,
	"ttfb_ms" integer,
	"provider_chain" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"user_agent" text,
	"client_ip" text
);
--> statement-breakpoint
CREATE TABLE "usage_daily" (
	"day" date NOT NULL,
	"user_id" integer,
	"key_id" integer,
	"provider_id" integer,
	"model" text,
	"requests" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"cache_write_5m_tokens" bigint DEFAULT 0 NOT NULL,
	"cache_write_1h_tokens" bigint DEFAULT 0 NOT NULL,
	"cache_read_tokens" bigint DEFAULT 0 NOT NULL,
	"reasoning_tokens" bigint DEFAULT 0 NOT NULL,
	"cost_usd" numeric(24, 12) DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_daily_dimensions" UNIQUE NULLS NOT DISTINCT("day","user_id","key_id","provider_id","model")
);
--> statement-breakpoint
CREATE TABLE "model_prices" (
	"id" serial PRIMARY KEY NOT NULL,
	"model" text NOT NULL,
	"vendor" text,
	"input_per_mtok" numeric(14, 6) NOT NULL,
	"output_per_mtok" numeric(14, 6) NOT NULL,
	"cache_write_5m_per_mtok" numeric(14, 6),
	"cache_write_1h_per_mtok" numeric(14, 6),
	"cache_read_per_mtok" numeric(14, 6),
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sensitive_words" (
	"id" serial PRIMARY KEY NOT NULL,
	"pattern" text NOT NULL,
	"match_type" text DEFAULT 'contains' NOT NULL,
	"description" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"time_zone" text,
	"enable_auto_cleanup" boolean DEFAULT false NOT NULL,
	"cleanup_retention_days" integer DEFAULT 30 NOT NULL,
	"billing_model_source" text DEFAULT 'original' NOT NULL,
	"price_sync_url" text,
	"spend_alert_threshold" double precision DEFAULT 0.8 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_bindings" (
	"id" serial PRIMARY KEY NOT NULL,
	"event" text NOT NULL,
	"target_id" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_bindings_event_target" UNIQUE("event","target_id")
);
--> statement-breakpoint
CREATE TABLE "notification_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" text
);
--> statement-breakpoint
ALTER TABLE "keys" ADD CONSTRAINT "keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_bindings" ADD CONSTRAINT "notification_bindings_target_id_notification_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."notification_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_name_live" ON "users" USING btree ("name") WHERE "users"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "keys_key_hash" ON "keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "keys_user" ON "keys" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "providers_name_live" ON "providers" USING btree ("name") WHERE "providers"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "request_log_request_id" ON "request_log" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_log_created" ON "request_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "request_log_user_created" ON "request_log" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "request_log_key_created" ON "request_log" USING btree ("key_id","created_at");--> statement-breakpoint
CREATE INDEX "request_log_provider_created" ON "request_log" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "request_log_session" ON "request_log" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "model_prices_model" ON "model_prices" USING btree ("model");--> statement-breakpoint
CREATE INDEX "notification_bindings_event" ON "notification_bindings" USING btree ("event");--> statement-breakpoint
CREATE INDEX "audit_log_created" ON "audit_log" USING btree ("created_at");